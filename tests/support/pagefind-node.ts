import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, runSearch, type PagefindApi } from '../../src/lib/search-run.ts';
import { emptySearchState } from '../../src/lib/search-state.ts';

export interface Hit {
  url: string;
  title: string;
}

/**
 * Loads the Pagefind search bundle a build wrote into `outDir/pagefind/` and
 * runs it in Node, reading index files from disk: the same code and index the
 * browser uses, without a browser.
 */
/** Ranking variants, for measuring what each part of the ranking is worth. */
export interface SearchTuning {
  options?: Record<string, unknown>;
  phraseFirst?: boolean;
}

async function loadBundle(outDir: string, options: Record<string, unknown> = PAGEFIND_OPTIONS) {
  const bundle = pathToFileURL(join(outDir, 'pagefind', 'pagefind.js'));
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), bundle);
    if (url.protocol !== 'file:') return realFetch(input);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  // A query string makes each build's bundle a separate module instance.
  const pagefind = await import(`${bundle.href}?v=${encodeURIComponent(outDir)}`);
  await pagefind.options({ ...options, basePath: new URL('.', bundle).href });
  await pagefind.init();
  await pagefind.filters();
  return pagefind;
}

/** Site-relative URL of a result (Pagefind prefixes the base path it loaded from). */
export const siteUrl = (outDir: string, url: string) => url.slice(url.lastIndexOf(outDir) + outDir.length);

/**
 * The site's own search (src/lib/search-run.ts: phrase-first ranking, our
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
