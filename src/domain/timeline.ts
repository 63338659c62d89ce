/**
 * Timelines across explainers (story and entity pages). Pure, so it is
 * unit-tested without a build; the entries come from the Markdown facts of
 * each explainer (markdown/facts.ts).
 */
import { parsePartialDate } from './partial-date.ts';

/** One entry of an explainer's `:::timeline`, as the Markdown plugin recorded it. */
export interface TimelineFact {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as written. */
  date: string;
  text: string;
}

/** A timeline entry with the explainer it comes from. */
export interface TimelineEntry<A> extends TimelineFact {
  article: A;
}

/** An explainer and the entries of its timelines. */
export interface TimelineSource<A> {
  article: A;
  entries: readonly TimelineFact[];
}

/** Merges timelines from several explainers by date; an entry told twice (same date and text) appears once. */
export function mergeTimelines<A>(sources: readonly TimelineSource<A>[]): TimelineEntry<A>[] {
  const seen = new Set<string>();
  const merged: TimelineEntry<A>[] = [];
  for (const { article, entries } of sources) {
    for (const e of entries) {
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
export function entityTimeline<A>(name: string, sources: readonly TimelineSource<A>[]): TimelineEntry<A>[] {
  const last = name.split(' ').at(-1)!;
  const names = [name, ...(last.length > 3 && last !== name ? [last] : [])];
  return mergeTimelines(sources).filter((e) => names.some((n) => e.text.includes(n)));
}
