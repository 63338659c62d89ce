import type { Article } from '../data/articles.ts';
import { parsePartialDate } from './partial-date.ts';

/** Timelines across explainers (story pages): pure, so it is unit-tested without a build. */
export interface TimelineEntry {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as in the article's timeline. */
  date: string;
  text: string;
  /** The explainer whose timeline it comes from. */
  article: Article;
}

/** Timeline entries the Markdown plugin recorded for an article. */
export function timelineOf(article: Article): { date: string; text: string }[] {
  const frontmatter = article.entry.rendered?.metadata?.frontmatter as { timeline?: { date: string; text: string }[] } | undefined;
  return frontmatter?.timeline ?? [];
}

/** Merges timelines from several explainers by date; an entry told twice (same date and text) appears once. */
export function mergeTimelines(articles: readonly Article[]): TimelineEntry[] {
  const seen = new Set<string>();
  const merged: TimelineEntry[] = [];
  for (const article of articles) {
    for (const e of timelineOf(article)) {
      const key = `${e.date}|${e.text}`;
      if (seen.has(key) || !parsePartialDate(e.date)) continue;
      seen.add(key);
      merged.push({ ...e, article });
    }
  }
  return merged.sort((a, b) => a.date.localeCompare(b.date));
}


/**
 * An entity's own timeline: the entries of the explainers that mention it
 * whose text names it (by its name, or its last word: "Koizumi", "Kishida").
 */
export function entityTimeline(name: string, articles: readonly Article[]): TimelineEntry[] {
  const last = name.split(' ').at(-1)!;
  const names = [name, ...(last.length > 3 && last !== name ? [last] : [])];
  return mergeTimelines(articles).filter((e) => names.some((n) => e.text.includes(n)));
}
