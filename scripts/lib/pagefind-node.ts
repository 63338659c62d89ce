import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, runSearch, type PagefindApi, type ResultData } from '../../src/search/run.ts';
import { emptySearchState } from '../../src/search/state.ts';
import { mergeShards, SHARDS_FILE, type ShardList } from '../../src/search/shards.ts';

export interface Hit {
  url: string;
  title: string;
}

/** Ranking variants, for measuring what each part of the ranking is worth. */
export interface SearchTuning {
  options?: Record<string, unknown>;
  phraseFirst?: boolean;
}

let instances = 0;

/**
 * Loads a Pagefind search bundle and runs it in Node: the same code and
 * index the browser uses, without a browser. `read` serves the bundle's files
 * (by path under pagefind/), from a build on disk or a running dev server.
 */
async function loadPagefind(dir: string, read: (rel: string) => Promise<Response>, options: Record<string, unknown> = PAGEFIND_OPTIONS) {
  const base = pathToFileURL(join(dir, 'pagefind') + '/');
  const bundle = new URL('pagefind.js', base);
  const previous = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), bundle);
    if (!url.href.startsWith(base.href)) return previous(input);
    return read(url.pathname.slice(base.pathname.length)); // without Pagefind's ?ts= cache-buster
  }) as typeof fetch;
  // A query string makes each load a separate module instance (a fresh index).
  const pagefind = await import(`${bundle.href}?v=${++instances}`);
  await pagefind.options({ ...options, basePath: base.href });
  await pagefind.init();
  // The shards the build wrote, merged as the browser merges them (src/client/pagefind-loader.ts).
  const list = await read(SHARDS_FILE);
  const shards = await mergeShards(pagefind, list.ok ? ((await list.json()) as ShardList) : undefined, base.href, options);
  await pagefind.filters();
  return { search: pagefind.search, filters: pagefind.filters, shards };
}

async function fromDisk(path: string): Promise<Response> {
  try {
    return new Response(await readFile(path));
  } catch {
    return new Response(null, { status: 404 });
  }
}

/** The bundle a build wrote into `outDir/pagefind/`. */
const loadBundle = (outDir: string, options?: Record<string, unknown>) => loadPagefind(outDir, (rel) => fromDisk(join(outDir, 'pagefind', rel)), options);

/**
 * The index `astro dev` serves at `origin`/pagefind/. The entry module is
 * copied to `scratch` (Node imports only files), everything else is fetched.
 */
export async function openDevIndex(origin: string, scratch: string) {
  const res = await fetch(`${origin}/pagefind/pagefind.js`);
  if (!res.ok) throw new Error(`dev server has no search index yet (${res.status})`);
  mkdirSync(join(scratch, 'pagefind'), { recursive: true });
  writeFileSync(join(scratch, 'pagefind', 'pagefind.js'), await res.text());
  const pagefind = await loadPagefind(scratch, (rel) =>
    rel === 'pagefind.js' ? fromDisk(join(scratch, 'pagefind', rel)) : fetch(`${origin}/pagefind/${rel}`),
  );
  return {
    async search(query: string): Promise<string[]> {
      const r = await pagefind.search(query);
      const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string }> }) => x.data()));
      return data.map((d) => siteUrl(scratch, d.url).replace(/\?.*$/, ''));
    },
  };
}

/** Site-relative URL of a result (Pagefind prefixes the base path it loaded from). */
export const siteUrl = (dir: string, url: string) => url.slice(url.lastIndexOf(dir) + dir.length);

/**
 * The site's own search (src/search/run.ts: phrase-first ranking, our
 * Pagefind options) over a built index, in Node: what the search page shows.
 */
export async function openSearch(outDir: string, tuning: SearchTuning = {}) {
  const pagefind = (await loadBundle(outDir, tuning.options)) as PagefindApi;
  return {
    /** Site URLs of the first `n` results for `q`, best first. */
    async top(q: string, n = 3): Promise<string[]> {
      const { results } = await runSearch(pagefind, { ...emptySearchState(), q }, { phraseFirst: tuning.phraseFirst ?? true });
      const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
      return data.map((d) => siteUrl(outDir, d.url).replace(/\?.*$/, ''));
    },
    /** Every result for `q`, best first, with its data (url made site-relative, without the highlight parameter). */
    async all(q: string): Promise<(ResultData & { content?: string })[]> {
      const { results } = await runSearch(pagefind, { ...emptySearchState(), q }, { phraseFirst: tuning.phraseFirst ?? true });
      const data = (await Promise.all(results.map((r) => r.data()))) as (ResultData & { content?: string })[];
      return data.map((d) => ({ ...d, url: siteUrl(outDir, d.url).replace(/\?.*$/, '') }));
    },
  };
}

export async function openIndex(outDir: string) {
  const pagefind = await loadBundle(outDir);
  return {
    async search(query: string, options: Record<string, unknown> = {}): Promise<Hit[]> {
      const r = await pagefind.search(query, options);
      const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string; meta: { title: string } }> }) => x.data()));
      // Pagefind prefixes result URLs with the base path it loaded from.
      return data.map((d) => ({ url: siteUrl(outDir, d.url).replace(/\?.*$/, ''), title: d.meta.title }));
    },
  };
}
