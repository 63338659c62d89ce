/**
 * Every paginated list of the site (home, topics, archive years, entities,
 * authors, their sitemap entries) is cut the same way: page 1 at the list's
 * own URL, later pages at `<list>/<n>/`, each with its neighbours' URLs for
 * rel=prev/next. Pure, so the slicing and the links are unit-tested.
 */
export interface Page<T> {
  /** The items on this page, in the list's order. */
  items: T[];
  /** 1-based page number. */
  current: number;
  /** Number of the last page (1 when everything fits on one). */
  last: number;
  /** Items in the whole list. */
  total: number;
  /** Index in the whole list of this page's first item, and of its last. */
  start: number;
  end: number;
  /** This page's URL. */
  url: string;
  /** URL of the previous (newer) page, if any. */
  prev: string | undefined;
  /** URL of the next (older) page, if any. */
  next: string | undefined;
}

/** Where page `n` of a list at `first` lives: the list itself, then `<first><n>/`. */
export const pagedUrl =
  (first: string) =>
  (n: number): string =>
    n <= 1 ? first : `${first}${n}/`;

/** The home page's list: `/`, then `/page/<n>/`. */
export const frontPageUrl = (n: number): string => (n <= 1 ? '/' : `/page/${n}/`);

/** Cuts `items` into pages of `pageSize`; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], pageSize: number, urlOf: (n: number) => string): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, i) => {
    const current = i + 1;
    const start = i * pageSize;
    const slice = items.slice(start, start + pageSize);
    return {
      items: slice,
      current,
      last,
      total: items.length,
      start,
      end: start + Math.max(0, slice.length - 1),
      url: urlOf(current),
      prev: current > 1 ? urlOf(current - 1) : undefined,
      next: current < last ? urlOf(current + 1) : undefined,
    };
  });
}
