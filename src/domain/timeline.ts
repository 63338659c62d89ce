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
 * The names a timeline entry may call an entity by: its name, its native
 * name, and for a person whose English name ends with the family name
 * ("Fumio Kishida") the family name alone ("Kishida"). Korean names are
 * written family name first, and the family name alone ("Kim") names
 * half the peninsula, so they match only in full.
 */
export function entityNames(entity: { name: string; kind: string; native?: { text: string; lang: string } | undefined }): string[] {
  const names = [entity.name, ...(entity.native ? [entity.native.text] : [])];
  const last = entity.name.split(' ').at(-1)!;
  if (entity.kind === 'person' && entity.native?.lang !== 'ko' && last !== entity.name && last.length > 3) names.push(last);
  return names;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An entity's own timeline: every dated entry (timeline blocks and dated
 * sentences) of the explainers that mention it whose text names it, as a
 * whole word ("Kishida", not the "Jong" inside "Kim Jong Un").
 */
export function entityTimeline<A>(names: readonly string[], sources: readonly TimelineSource<A>[]): TimelineEntry<A>[] {
  const patterns = names.map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u'));
  return mergeTimelines(sources).filter((e) => patterns.some((p) => p.test(e.text)));
}
