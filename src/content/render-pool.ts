/**
 * Renders article Markdown on worker threads during a content sync, so a
 * cold build uses both cores: Markdown is most of a sync's time (about
 * 15 ms an article), and Astro's glob loader already asks for ten renders at
 * once. Small syncs (an edit in dev, a one-article rebuild) render in the
 * main thread: starting workers would cost more than it saves.
 */
import { resolve } from 'node:path';
import { markdownProcessor } from '../markdown/processor.ts';
import { WorkerPool } from '../build/worker-pool.ts';

/** One entry to render (what Astro's render function gets, minus what cannot cross threads). */
export interface MarkdownJob {
  body: string;
  data: Record<string, unknown>;
  filePath?: string | undefined;
}

/** What Astro's Markdown render function returns. */
export interface RenderedMarkdown {
  html: string;
  metadata: Record<string, unknown>;
}

export type RenderFunction = (entry: { id: string; body?: string; data?: Record<string, unknown>; filePath?: string }) => Promise<unknown>;

/** Renders in the main thread up to this many entries per sync, then on workers. */
const IN_PROCESS_RENDERS = 16;

/**
 * Wraps Astro's render function: the first renders run in-process, the rest
 * on a worker pool. `close()` ends the workers (call it when the sync is done).
 */
export function renderOnWorkers(render: RenderFunction, config: AstroConfigLike): { render: RenderFunction; close: () => Promise<void> } {
  const shared = process.env['BACKSTORY_WORKERS'] === '0' ? undefined : sharedOptions(config);
  if (!shared) return { render, close: async () => {} };
  const pool = new WorkerPool<MarkdownJob, RenderedMarkdown>(resolve('src/content/render-worker.ts'), shared);
  let count = 0;
  return {
    render: (entry) => {
      if (++count <= IN_PROCESS_RENDERS) return render(entry);
      return pool.run({ body: entry.body ?? '', data: entry.data ?? {}, filePath: entry.filePath });
    },
    close: () => pool.close(),
  };
}

/** The part of Astro's config a Markdown render needs. */
export interface AstroConfigLike {
  image?: unknown;
  markdown?: { processor?: unknown; syntaxHighlight?: unknown; shikiConfig?: unknown; gfm?: unknown; smartypants?: unknown };
}

/**
 * Whether the config's processor has our plugins, in our order. (Not an
 * identity check: Astro loads the config and the content loader through
 * separate module graphs, so each has its own copy of processor.ts.)
 */
function samePlugins(processor: unknown): boolean {
  const names = (p: unknown) => {
    const options = (p as { options?: { remarkPlugins?: unknown[]; rehypePlugins?: unknown[] } } | undefined)?.options;
    const name = (plugin: unknown) => (Array.isArray(plugin) ? plugin[0] : plugin)?.name ?? '?';
    return options ? JSON.stringify([options.remarkPlugins?.map(name), options.rehypePlugins?.map(name)]) : undefined;
  };
  return names(processor) !== undefined && names(processor) === names(markdownProcessor);
}

/**
 * The options Astro passes to createRenderer, if workers can reproduce the
 * build's renderer: the config must use our processor (the worker imports it)
 * and its options must cross to a thread (no functions).
 */
function sharedOptions(config: AstroConfigLike): Record<string, unknown> | undefined {
  const { markdown, image } = config;
  if (!markdown || !samePlugins(markdown.processor)) return undefined;
  const shared = { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants };
  try {
    return structuredClone(shared);
  } catch {
    return undefined;
  }
}
