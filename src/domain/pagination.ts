/**
 * The home page is the first page of the whole archive, newest first: page 1
 * at `/` (the lead explainer plus the next ones), later pages at `/page/<n>/`.
 * Kept pure so the slicing and the prev/next links are unit-tested.
 */
export interface FrontPage<T> {
  /** 1-based page number. */
  current: number;
  /** Number of the last page (1 when everything fits on the home page). */
  last: number;
  /** The articles on this page, newest first. */
  items: T[];
  /** URL of the newer (previous) page, if any. */
  prev: string | undefined;
  /** URL of the older (next) page, if any. */
  next: string | undefined;
}

export function frontPageUrl(n: number): string {
  return n <= 1 ? '/' : `/page/${n}/`;
}

export function frontPages<T>(articles: readonly T[], pageSize: number): FrontPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const last = Math.max(1, Math.ceil(articles.length / pageSize));
  return Array.from({ length: last }, (_, i) => {
    const current = i + 1;
    return {
      current,
      last,
      items: articles.slice(i * pageSize, current * pageSize),
      prev: current > 1 ? frontPageUrl(current - 1) : undefined,
      next: current < last ? frontPageUrl(current + 1) : undefined,
    };
  });
}
