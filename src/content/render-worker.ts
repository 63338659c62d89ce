/**
 * Worker thread that renders Markdown for the content loader (render-pool.ts)
 * with the same processor and options. Plain Node runs this file (type
 * stripping), so it imports no Vite-only modules. The processor is imported
 * after the libraries' tree walks are swapped for ours, which must come
 * before any module that walks is resolved.
 */
import { Tinypool } from 'tinypool';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { useLibrarySwaps } from '../markdown/library-swaps.ts';
import type { RendererOptions, RenderJob, RenderOutcome } from './render-pool.ts';

useLibrarySwaps();
const [{ markdownProcessor }, { renderBatch }] = await Promise.all([import('../markdown/processor.ts'), import('./render-pool.ts')]);
const renderer: Promise<MarkdownRenderer> = markdownProcessor.createRenderer(Tinypool.workerData as RendererOptions);

export default async function render(jobs: RenderJob[]): Promise<RenderOutcome[]> {
  return renderBatch(await renderer, jobs);
}
