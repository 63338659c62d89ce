/**
 * The attributes that put an article's facets into the Pagefind index. Pure,
 * so the format Pagefind reads (`key:value, key:value`) is unit-tested.
 */
import type { FilterKey } from './state.ts';

/** Commas separate entries in Pagefind's attributes, so values must not hold one. */
const clean = (v: string) => v.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * `data-pagefind-filter` values for an article: every topic, mentioned
 * entity, its story and its year (in the site's time zone), under the URL's
 * filter keys. One attribute each: Pagefind reads a single `key:value` from
 * a filter attribute (a comma list would become one long value).
 */
export function pagefindFilterValues(facets: Record<FilterKey, readonly string[]>): string[] {
  return (Object.entries(facets) as [FilterKey, readonly string[]][]).flatMap(([key, values]) =>
    [...new Set(values)].filter(Boolean).map((v) => `${key}:${clean(v)}`),
  );
}

/** `data-pagefind-meta` extras shown in results: topic names, joined with a middle dot. */
export function pagefindTopicsMeta(names: readonly string[]): string {
  return `topics:${names.map(clean).join(' · ')}`;
}
