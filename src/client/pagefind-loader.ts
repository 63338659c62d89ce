/**
 * Loads Pagefind's search bundle once, with our options. It is written into
 * dist/pagefind/ after Astro's bundler has run (and served from memory by the
 * dev server), so it is imported by URL at run time, never bundled.
 *
 * Two views of one index: the whole of it (every shard merged), and its
 * newest part alone (search/shards.ts newestPart), which answers a first
 * search in a fraction of the time and download at archive scale. Both run
 * in Pagefind's one worker.
 */
import { PAGEFIND_OPTIONS, rememberSearches, type PagefindApi } from '../search/run.ts';
import { mergeShards, newestPart, SHARDS_FILE, type ShardList } from '../search/shards.ts';

const PAGEFIND_DIR = '/pagefind/';
const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;

interface PagefindInstance extends PagefindApi {
  init: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<unknown>;
}
interface PagefindModule extends PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  /** A second, independent index view (Pagefind ≥ 1.5) sharing the module's worker. */
  createInstance: (o: Record<string, unknown>) => PagefindInstance;
}

/** How many Pagefind searches a view keeps across a reader's searches ("summit", then "summit envoy"; Back and Forward). */
const REMEMBERED = 24;

let bundle: Promise<[PagefindModule, ShardList | undefined]> | undefined;

/** Pagefind's module and the build's list of index shards (none, one index, as in dev, when it is not there). */
function pagefindBundle(): Promise<[PagefindModule, ShardList | undefined]> {
  return (bundle ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>,
    fetch(`${PAGEFIND_DIR}${SHARDS_FILE}`).then((res) => (res.ok ? (res.json() as Promise<ShardList>) : undefined)),
  ]).catch((err: unknown) => {
    bundle = undefined; // let the next attempt retry
    throw err;
  }));
}

/** An initialised index with `shards` merged into it, its filters loaded (Pagefind reports counts only for filters whose index is loaded). */
async function openIndex(pf: PagefindInstance, shards: ShardList | undefined): Promise<PagefindApi> {
  await pf.init();
  const merged = await mergeShards(pf, shards, PAGEFIND_DIR, PAGEFIND_OPTIONS);
  await pf.filters();
  return rememberSearches({ search: pf.search, filters: pf.filters, shards: merged }, REMEMBERED);
}

/** Memoised loads that retry after a failure. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((err: unknown) => {
      loading = undefined;
      throw err;
    }));
}

/** The whole index. */
export const loadPagefind = once(async () => {
  const [pf, shards] = await pagefindBundle();
  await pf.options({ ...PAGEFIND_OPTIONS });
  return openIndex(pf, shards);
});

/** The index's newest part, or undefined when the index is not in shards enough to have one. */
export const loadNewestPart = once(async (): Promise<PagefindApi | undefined> => {
  const [pf, shards] = await pagefindBundle();
  const part = newestPart(shards);
  if (!part || typeof pf.createInstance !== 'function') return undefined;
  return openIndex(pf.createInstance({ ...PAGEFIND_OPTIONS, basePath: PAGEFIND_DIR }), part);
});
