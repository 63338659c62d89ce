/**
 * How the search index is cut into shards (README, "Search index in
 * shards"). Pagefind's search time grows with the square of the pages a
 * query matches in one index, and it re-indexes a whole index for one
 * changed page; shards of a few hundred pages bound both. Each shard covers
 * a run of publication days, so a new explainer only changes the newest
 * shard (the hot one) and an edit only the shard of its day.
 */

/** The list of shards the build writes next to Pagefind's own files (/pagefind/shards.json). */
export const SHARDS_FILE = 'shards.json';

export interface ShardEntry {
  /** The first publication day it covers. */
  name: string;
  /** Its folder under /pagefind/: '' for the newest (Pagefind's own index). */
  dir: string;
  /** First and last publication day, and how many explainers. */
  from: string;
  to: string;
  pages: number;
}

export interface ShardList {
  /** About how many explainers a shard holds, as the build cut them (SHARD_TARGET, or the BACKSTORY_SHARD_SIZE setting). */
  target?: number;
  /** Newest first; the first is the primary index. */
  shards: ShardEntry[];
  /**
   * The newest explainers' own small index (dir 'newest/'), which answers a
   * search first while the shards are searched (client/staged-search.ts);
   * its pages are in their shards too. Absent for an index of one shard.
   */
  newest?: ShardEntry;
}

/** About how many explainers a shard holds: small enough that a query over ten thousand stays fast, few enough that a first search fetches little. */
export const SHARD_TARGET = 500;

export interface ShardPage {
  slug: string;
  /** Publication day, YYYY-MM-DD (shardDay). */
  day: string;
}

/** The day a shard files an explainer under: the UTC day of its publication instant (ISO 8601). */
export const shardDay = (publishedIso: string): string => publishedIso.slice(0, 10);

export interface PlannedShard {
  /** The shard's name: the first publication day it covers ("2024-03-25"). */
  name: string;
  /** First and last publication day. */
  from: string;
  to: string;
  /** Its explainers, oldest first. */
  slugs: string[];
}

/**
 * Shards, newest first. Days are taken oldest first, whole (a day's
 * explainers share a shard), and a shard closes once it holds `target`
 * explainers: the boundaries of older shards do not move when new
 * explainers arrive, so their indexes can be kept from the last build.
 */
export function planShards(pages: readonly ShardPage[], target = SHARD_TARGET): PlannedShard[] {
  const byDay = new Map<string, string[]>();
  for (const p of [...pages].sort((a, b) => a.day.localeCompare(b.day) || a.slug.localeCompare(b.slug))) {
    const day = byDay.get(p.day) ?? byDay.set(p.day, []).get(p.day)!;
    day.push(p.slug);
  }
  const shards: PlannedShard[] = [];
  let open: PlannedShard | undefined;
  for (const [day, slugs] of byDay) {
    open ??= { name: day, from: day, to: day, slugs: [] };
    open.to = day;
    open.slugs.push(...slugs);
    if (open.slugs.length >= target) {
      shards.push(open);
      open = undefined;
    }
  }
  if (open) shards.push(open);
  return shards.reverse();
}

/**
 * How many of the newest explainers the first-answer index holds: two
 * fifths of a shard (200 by default). At archive scale every page may match
 * a common word, and a search's time grows with its matches: over the
 * newest 200 a first answer takes a fraction of a search of the archive.
 */
export const newestCount = (target: number): number => Math.ceil((target * 2) / 5);

/** The newest `count` explainers (by publication day, then slug), as a shard named "newest", oldest first like every shard. */
export function planNewest(pages: readonly ShardPage[], count: number): PlannedShard {
  const newest = [...pages]
    .sort((a, b) => b.day.localeCompare(a.day) || b.slug.localeCompare(a.slug))
    .slice(0, count)
    .reverse();
  return { name: 'newest', from: newest[0]?.day ?? '', to: newest.at(-1)?.day ?? '', slugs: newest.map((p) => p.slug) };
}

/** What a build indexes: the shards, newest first, and, with more than one, the newest explainers' own index for a first answer (indexed and cached as a shard is). */
export function planIndex(pages: readonly ShardPage[], target = SHARD_TARGET): { shards: PlannedShard[]; newest: PlannedShard | undefined } {
  const shards = planShards(pages, target);
  return { shards, newest: shards.length > 1 ? planNewest(pages, newestCount(target)) : undefined };
}
