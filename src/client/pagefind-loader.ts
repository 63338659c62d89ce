/**
 * Loads Pagefind's search bundle once, with our options. It is written into
 * dist/pagefind/ after Astro's bundler has run (and served from memory by the
 * dev server), so it is imported by URL at run time, never bundled.
 */
import { PAGEFIND_OPTIONS, rememberSearches, type PagefindApi } from '../search/run.ts';
import { mergeShards, SHARDS_FILE, type ShardList } from '../search/shards.ts';

const PAGEFIND_DIR = '/pagefind/';
const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;

interface PagefindModule extends PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<unknown>;
}

/** The build's list of index shards; none (one index, as in dev) when it is not there. */
async function shardList(): Promise<ShardList | undefined> {
  const res = await fetch(`${PAGEFIND_DIR}${SHARDS_FILE}`);
  return res.ok ? ((await res.json()) as ShardList) : undefined;
}

let loading: Promise<PagefindApi> | undefined;

/** How many Pagefind searches a page keeps across a reader's searches ("summit", then "summit envoy"; Back and Forward). */
const REMEMBERED = 24;

export function loadPagefind(): Promise<PagefindApi> {
  return (loading ??= (async () => {
    const [pf, shards] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>, shardList()]);
    await pf.options({ ...PAGEFIND_OPTIONS });
    await pf.init();
    const merged = await mergeShards(pf, shards, PAGEFIND_DIR, PAGEFIND_OPTIONS);
    // Filter counts are reported only for filters whose index is loaded.
    await pf.filters();
    return rememberSearches({ search: pf.search, filters: pf.filters, shards: merged }, REMEMBERED);
  })().catch((err: unknown) => {
    loading = undefined; // let the next attempt retry
    throw err;
  }));
}
