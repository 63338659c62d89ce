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

/**
 * Files per worker task. Tinypool costs something per task on both sides
 * (its message, and a process.memoryUsage() call in the worker after each
 * one: 1.4 s per worker over 2,500 single-file tasks in a profile), so
 * files travel in batches.
 */
export const RENDERS_PER_TASK = 8;

/** What a worker sends back for each file of a task: its render, or the message of the error it threw. */
export type RenderOutcome = { rendered: RenderedMarkdown } | { error: string };

/** Renders each job of a task; one file's error does not fail the others. */
export async function renderBatch(renderer: MarkdownRenderer, jobs: readonly RenderJob[]): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = [];
  for (const job of jobs) {
    try {
      outcomes.push({ rendered: await renderWith(renderer, job) });
    } catch (err) {
      outcomes.push({ error: String((err as Error)?.message ?? err) });
    }
  }
  return outcomes;
}

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

interface Waiting {
  job: RenderJob;
  resolve(rendered: RenderedMarkdown): void;
  reject(error: Error): void;
}

export function renderPool(options: RendererOptions, { workers: wanted }: { workers: boolean }): MarkdownRenderPool {
  const workers = wanted && cloneable(options);
  let local: Promise<MarkdownRenderer> | undefined;
  let pool: Tinypool | undefined;
  let count = 0;
  let batch: Waiting[] = [];
  let flushing: NodeJS.Immediate | undefined;
  const flush = () => {
    if (flushing) clearImmediate(flushing);
    flushing = undefined;
    const sent = batch;
    batch = [];
    if (sent.length === 0) return;
    // The worker runs the source file with plain Node (type stripping), found from the project root, where Astro runs.
    pool ??= new Tinypool({ filename: resolve('src/content/render-worker.ts'), workerData: options, maxThreads: Math.max(1, availableParallelism()) });
    (pool.run(sent.map((w) => w.job)) as Promise<RenderOutcome[]>).then(
      (outcomes) => outcomes.forEach((outcome, i) => ('error' in outcome ? sent[i]!.reject(new Error(outcome.error)) : sent[i]!.resolve(outcome.rendered))),
      (err: unknown) => sent.forEach((w) => w.reject(err as Error)),
    );
  };
  return {
    render(job) {
      if (!workers || ++count <= IN_PROCESS_RENDERS) return (local ??= markdownProcessor.createRenderer(options)).then((r) => renderWith(r, job));
      return new Promise((resolve, reject) => {
        batch.push({ job, resolve, reject });
        // A full batch goes at once; a partial one once the files read so far are all asked for.
        if (batch.length >= RENDERS_PER_TASK) flush();
        else flushing ??= setImmediate(flush);
      });
    },
    async close() {
      flush();
      await pool?.destroy();
    },
  };
}
