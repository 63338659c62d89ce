/**
 * Worker thread that renders article Markdown for the content loader
 * (markdown-render-pool.ts), with the same processor as astro.config.mjs.
 * Plain Node runs this file (type stripping), so it imports no Vite-only modules.
 */
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../markdown/processor.ts';
import { serveJobs } from '../build/worker-pool.ts';
import type { MarkdownJob, RenderedMarkdown } from './render-pool.ts';

type SharedOptions = Parameters<typeof markdownProcessor.createRenderer>[0];
const renderer: Promise<MarkdownRenderer> = markdownProcessor.createRenderer(workerData as SharedOptions);

serveJobs(async ({ body, data, filePath }: MarkdownJob): Promise<RenderedMarkdown> => {
  // What Astro's own Markdown entry type does (astro/dist/vite-plugin-markdown/content-entry-type.js).
  const result = await (await renderer).render(body, filePath ? { frontmatter: data, fileURL: pathToFileURL(filePath) } : { frontmatter: data });
  return {
    html: result.code,
    metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) },
  };
});
