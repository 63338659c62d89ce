/**
 * Worker thread that renders Markdown for the content loader (render-pool.ts)
 * with the same processor and options. Plain Node runs this file (type
 * stripping), so it imports no Vite-only modules.
 */
import { Tinypool } from 'tinypool';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../markdown/processor.ts';
import { renderBatch, type RendererOptions, type RenderJob, type RenderOutcome } from './render-pool.ts';

const renderer: Promise<MarkdownRenderer> = markdownProcessor.createRenderer(Tinypool.workerData as RendererOptions);

export default async function render(jobs: RenderJob[]): Promise<RenderOutcome[]> {
  return renderBatch(await renderer, jobs);
}
