/**
 * The loader's Markdown renderer: our processor (markdown/processor.ts) with
 * the options Astro would give it, in this thread for small syncs (an edit
 * in dev, a one-article rebuild) and on worker threads (Tinypool) for large
 * ones, so a cold build uses both cores: Markdown is most of a sync's time.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import type { AstroConfig } from 'astro';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { Tinypool } from 'tinypool';
import { markdownProcessor } from '../markdown/processor.ts';

/** One file to render: its body (padded so that body lines are file lines) and front matter. */
export interface RenderJob {
  body: string;
  data: Record<string, unknown>;
  filePath: string;
}

/** What Astro stores as an entry's `rendered`. */
export interface RenderedMarkdown {
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
}

/** The options createRenderer takes: the parts of Astro's config a Markdown render reads. */
export type RendererOptions = Parameters<typeof markdownProcessor.createRenderer>[0];

export function rendererOptions(config: AstroConfig): RendererOptions {
  const { markdown, image } = config;
  return { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants } as RendererOptions;
}

/** Renders one job with a renderer: what Astro's own Markdown entry type does with its result. */
export async function renderWith(renderer: MarkdownRenderer, job: RenderJob): Promise<RenderedMarkdown> {
  const result = await renderer.render(job.body, { frontmatter: job.data, fileURL: pathToFileURL(job.filePath) });
  return { html: result.code, metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) } };
}

/** Renders in this thread up to this many files per sync, then on workers (starting them costs more than a few renders). */
const IN_PROCESS_RENDERS = 16;

export interface MarkdownRenderPool {
  render(job: RenderJob): Promise<RenderedMarkdown>;
  /** Ends the workers; call when the sync is done. */
  close(): Promise<void>;
}

/** Whether the options can cross to a worker thread (Astro's image config is plain data unless a plugin put functions in it). */
function cloneable(options: RendererOptions): boolean {
  try {
    structuredClone(options);
    return true;
  } catch {
    return false;
  }
}

export function renderPool(options: RendererOptions, { workers: wanted }: { workers: boolean }): MarkdownRenderPool {
  const workers = wanted && cloneable(options);
  let local: Promise<MarkdownRenderer> | undefined;
  let pool: Tinypool | undefined;
  let count = 0;
  return {
    render(job) {
      if (!workers || ++count <= IN_PROCESS_RENDERS) return (local ??= markdownProcessor.createRenderer(options)).then((r) => renderWith(r, job));
      // The worker runs the source file with plain Node (type stripping), found from the project root, where Astro runs.
      pool ??= new Tinypool({ filename: resolve('src/content/render-worker.ts'), workerData: options, maxThreads: Math.max(1, availableParallelism()) });
      return pool.run(job) as Promise<RenderedMarkdown>;
    },
    async close() {
      await pool?.destroy();
    },
  };
}
