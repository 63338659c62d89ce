import { toInstant, yearOf } from './dates.ts';
import type { ArticleData } from '../content/schemas.ts';

/** What listings, pages and the index need to know about one explainer. */
export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  /** Date literals exactly as written (offset kept). */
  publishedAt: string;
  /** The modified date: latest of updatedAt, corrections and updates (see modifiedAt). */
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

export function toSummary(slug: string, data: ArticleData): ArticleSummary {
  return {
    slug,
    title: data.title,
    description: data.description,
    publishedAt: data.publishedAt,
    updatedAt: modifiedAt(data),
    revisions: revisionLog(data),
    topics: data.topics,
    authors: data.authors,
    draft: data.draft,
    story: data.story,
    redirectFrom: data.redirectFrom,
    published: toInstant(data.publishedAt),
    year: yearOf(data.publishedAt),
  };
}

/**
 * Published = not a draft and not dated after "now". `npm run dev` shows
 * everything (includeUnpublished) so editors can preview.
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

/** "north-korea" → "North Korea": the fallback when a topic has no content/topics file. */
export function topicNameFromSlug(slug: string): string {
  return slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** One entry of the corrections-and-updates log. */
export interface Revision {
  kind: 'correction' | 'update';
  date: string;
  text: string;
}

/** Corrections and updates in one log, oldest first. */
export function revisionLog(data: Pick<ArticleData, 'corrections' | 'updates'>): Revision[] {
  return [
    ...data.corrections.map((c) => ({ kind: 'correction' as const, ...c })),
    ...data.updates.map((u) => ({ kind: 'update' as const, ...u })),
  ].sort((a, b) => toInstant(a.date).getTime() - toInstant(b.date).getTime());
}

/**
 * The article's modified date: the latest of `updatedAt` and the log's
 * entries, or undefined if it was never changed. Pages show it as "Updated";
 * JSON-LD, the sitemap and feeds use it too.
 */
export function modifiedAt(data: Pick<ArticleData, 'updatedAt' | 'corrections' | 'updates'>): string | undefined {
  const dates = [data.updatedAt, ...data.corrections.map((c) => c.date), ...data.updates.map((u) => u.date)].filter(
    (d): d is string => d !== undefined,
  );
  return dates.sort((a, b) => toInstant(b).getTime() - toInstant(a).getTime())[0];
}
