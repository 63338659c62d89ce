/**
 * Loads Pagefind's search bundle once, with our options. It is written into
 * dist/pagefind/ after Astro's bundler has run (and served from memory by the
 * dev server), so it is imported by URL at run time, never bundled.
 *
 * Two indexes: the whole archive (every shard merged), and the newest
 * explainers' own small one (ShardList.newest), which answers a first
 * search in a fraction of the time and download at archive scale. Both run
 * in Pagefind's one worker.
 */
import { PAGEFIND_OPTIONS, rememberSearches, type PagefindApi } from '../search/run.ts';
import { mergeShards, SHARDS_FILE, type ShardList } from '../search/shards.ts';

const PAGEFIND_DIR = '/pagefind/';
const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;

interface PagefindInstance extends PagefindApi {
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
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

/**
 * An initialised index with `shards` merged into it. With `counts`, its
 * filters are loaded first: Pagefind reports counts only for filters whose
 * index is loaded, and counts them on every search. (A search with filters
 * loads the ones it needs either way.)
 */
async function openIndex(pf: PagefindInstance, shards: ShardList | undefined, { counts }: { counts: boolean }): Promise<PagefindApi> {
  await pf.init();
  const merged = await mergeShards(pf, shards, PAGEFIND_DIR, PAGEFIND_OPTIONS);
  if (counts) await pf.filters();
  return rememberSearches({ search: pf.search, filters: pf.filters, preload: pf.preload, shards: merged }, REMEMBERED);
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

/** How many explainers the whole index holds, as the build's list of shards says (0 where it wrote none, as in dev: one small index). */
export const archiveSize = (): Promise<number> => pagefindBundle().then(([, list]) => (list?.shards ?? []).reduce((sum, s) => sum + s.pages, 0));

/** The whole index. */
export const loadPagefind = once(async () => {
  const [pf, shards] = await pagefindBundle();
  await pf.options({ ...PAGEFIND_OPTIONS });
  return openIndex(pf, shards, { counts: true });
});

/** The newest explainers' own index, or undefined where the build wrote none (an index of one shard, as in dev). */
export const loadNewest = once(async (): Promise<PagefindApi | undefined> => {
  const [pf, shards] = await pagefindBundle();
  const newest = shards?.newest;
  if (!newest || typeof pf.createInstance !== 'function') return undefined;
  // A first answer shows no filter counts.
  return openIndex(pf.createInstance({ ...PAGEFIND_OPTIONS, basePath: `${PAGEFIND_DIR}${newest.dir}` }), undefined, { counts: false });
});
