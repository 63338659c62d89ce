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

/**
 * `data-pagefind-meta` of an article: its topic names, shown in results
 * (joined with a middle dot), and the parts of the Korean and Japanese names
 * it writes (岸田 文雄), which Pagefind indexes as words of their own, so a
 * reader who types a family or given name finds the explainer. Pagefind
 * treats a run of Han or Hangul inside an English page as one word, so the
 * parts would otherwise never match.
 */
export function pagefindMeta({
  topics,
  nameParts,
  spellings = [],
}: {
  topics: readonly string[];
  nameParts: readonly string[];
  spellings?: readonly string[];
}): string[] {
  // One `key:value` per attribute: Pagefind reads a single pair from each.
  const fields = [`topics:${topics.map(clean).join(' · ')}`];
  if (nameParts.length) fields.push(`names:${[...new Set(nameParts.map(clean))].join(' ')}`);
  // The -ize forms of the British -ise words it writes (markdown/plugins/remark-spelling-variants.ts).
  if (spellings.length) fields.push(`spellings:${spellings.map(clean).join(' ')}`);
  return fields;
}
