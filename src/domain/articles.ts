/**
 * The rules about explainers that every page, feed and index follows: what
 * is published, in what order, what counts as its modified date. Pure.
 */
import { toInstant, yearOf } from './dates.ts';

/** One dated entry of an article's corrections or updates log, as written. */
export interface RevisionFields {
  date: string;
  text: string;
}

/** An article's front matter after validation (content/schemas): what these rules read. */
export interface ArticleFields {
  title: string;
  description: string;
  publishedAt: string;
  updatedAt?: string | undefined;
  topics: string[];
  authors: string[];
  draft: boolean;
  story?: string | undefined;
  redirectFrom: string[];
  corrections: RevisionFields[];
  updates: RevisionFields[];
}

/** What listings, pages and the index need to know about one explainer. */
export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  /** Date literals exactly as written (offset kept). */
  publishedAt: string;
  /** The modified date (see modifiedAt), or undefined if it was never changed. */
  updatedAt?: string | undefined;
  /** Corrections and updates, oldest first. */
  revisions: Revision[];
  topics: string[];
  authors: string[];
  draft: boolean;
  story?: string | undefined;
  /** Old slugs that redirect here. */
  redirectFrom: string[];
  /** Publication instant, for sorting and windows. */
  published: Date;
  /** Publication year in the site's time zone. */
  year: number;
}

/** The summary of an article; `timeZone` is the site's (it decides the year of a late-evening article). */
export function toSummary(slug: string, data: ArticleFields, timeZone: string): ArticleSummary {
  return {
    slug,
    title: data.title,
    description: data.description,
    publishedAt: data.publishedAt,
    updatedAt: modifiedAt(data, timeZone),
    revisions: revisionLog(data, timeZone),
    topics: data.topics,
    authors: data.authors,
    draft: data.draft,
    story: data.story,
    redirectFrom: data.redirectFrom,
    published: toInstant(data.publishedAt, timeZone),
    year: yearOf(data.publishedAt, timeZone),
  };
}

/**
 * Published = not a draft and not dated after "now". `npm run dev` shows
 * everything, so editors can preview.
 */
export function isPublished(a: Pick<ArticleSummary, 'draft' | 'published'>, now: Date): boolean {
  return !a.draft && a.published.getTime() <= now.getTime();
}

/** Newest first; ties broken by slug so builds are deterministic. */
export function newestFirst<T extends Pick<ArticleSummary, 'published' | 'slug'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug));
}

/** Articles grouped by publication year, years newest first, each group newest first. */
export function groupByYear<T extends ArticleSummary>(list: readonly T[]): { year: number; articles: T[] }[] {
  const byYear = new Map<number, T[]>();
  for (const a of newestFirst(list)) {
    const group = byYear.get(a.year) ?? [];
    group.push(a);
    byYear.set(a.year, group);
  }
  return [...byYear].sort(([a], [b]) => b - a).map(([year, articles]) => ({ year, articles }));
}

/** Articles by topic slug, each list newest first. */
export function groupByTopic<T extends ArticleSummary>(list: readonly T[]): Map<string, T[]> {
  const byTopic = new Map<string, T[]>();
  for (const a of newestFirst(list)) {
    for (const t of a.topics) {
      const group = byTopic.get(t) ?? [];
      group.push(a);
      byTopic.set(t, group);
    }
  }
  return byTopic;
}

/** One entry of the corrections-and-updates log. */
export interface Revision {
  kind: 'correction' | 'update';
  date: string;
  text: string;
}

/** Corrections and updates in one log, oldest first. */
export function revisionLog(data: Pick<ArticleFields, 'corrections' | 'updates'>, timeZone: string): Revision[] {
  return [...data.corrections.map((c) => ({ kind: 'correction' as const, ...c })), ...data.updates.map((u) => ({ kind: 'update' as const, ...u }))].sort(
    (a, b) => toInstant(a.date, timeZone).getTime() - toInstant(b.date, timeZone).getTime(),
  );
}

/**
 * The article's modified date: the latest of `updatedAt` and the log's
 * entries, or undefined if it was never changed. Pages show it as "Updated".
 */
export function modifiedAt(data: Pick<ArticleFields, 'updatedAt' | 'corrections' | 'updates'>, timeZone: string): string | undefined {
  const dates = [data.updatedAt, ...data.corrections.map((c) => c.date), ...data.updates.map((u) => u.date)].filter((d): d is string => d !== undefined);
  return dates.sort((a, b) => toInstant(b, timeZone).getTime() - toInstant(a, timeZone).getTime())[0];
}

/**
 * The date a reader, a feed, a sitemap or JSON-LD gives as "last changed":
 * the modified date, or the publication date if it was never changed.
 */
export const lastChanged = (a: Pick<ArticleSummary, 'publishedAt' | 'updatedAt'>): string => a.updatedAt ?? a.publishedAt;

/** The most recently changed of `articles`, as written (listings' sitemap lastmod, feeds' updated). */
export function newestChange(articles: readonly Pick<ArticleSummary, 'publishedAt' | 'updatedAt'>[], timeZone: string): string | undefined {
  let best: string | undefined;
  for (const a of articles) {
    const m = lastChanged(a);
    if (!best || toInstant(m, timeZone) > toInstant(best, timeZone)) best = m;
  }
  return best;
}
