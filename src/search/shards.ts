/**
 * The search index in shards, as the browser and the search-quality test
 * open it. The build (build/pagefind-index.ts) writes the newest shard as
 * Pagefind's own index at /pagefind/ and each older one under
 * /pagefind/shards/<name>/, and lists them in /pagefind/shards.json; every
 * search then runs over all of them as one (Pagefind's mergeIndex), each
 * older shard's pages tagged with a `shard` filter so a date-sorted search
 * can take the shards in order. The newest explainers also have a small
 * index of their own (ShardList.newest), searched alone for a first answer.
 */

import type { ShardEntry, ShardList } from '../domain/search-shards.ts';

export { SHARDS_FILE, type ShardList } from '../domain/search-shards.ts';

/** The filter every page of an older shard carries (Pagefind's mergeFilter): its shard's name. */
export const SHARD_FILTER = 'shard';

/** The shards a search merges into the primary index: every one but the newest, newest first. */
const mergedShards = (list: ShardList | undefined): ShardEntry[] => (list?.shards ?? []).filter((s) => s.dir !== '');

/** What mergeIndex needs of Pagefind. */
interface Merging {
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<unknown>;
}

/**
 * Merges the older shards into an initialised Pagefind, with the same
 * options as the primary (mergeIndex does not inherit them). `base` is
 * /pagefind/ as the primary was loaded from: a path in the browser (an
 * absolute URL would make Pagefind's worker, which cannot see the page's
 * origin, return absolute result links), a file URL in Node.
 */
export async function mergeShards(pf: Merging, list: ShardList | undefined, base: string, options: Record<string, unknown>): Promise<string[]> {
  const merged = mergedShards(list);
  // All at once: each fetches its entry and metadata, and a first search
  // should not wait for one round trip per shard in turn.
  await Promise.all(merged.map((s) => pf.mergeIndex(`${base}${s.dir}`, { ...options, mergeFilter: { [SHARD_FILTER]: s.name } })));
  return merged.map((s) => s.name);
}
