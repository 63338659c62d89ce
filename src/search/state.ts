/**
 * The search page's state as it lives in the URL (README, "URLs"):
 * `/search/?q=abduction&topic=japan&topic=north-korea&year=2024&sort=date&page=2`.
 * A filter may repeat (its values combine with OR); different filters combine
 * with AND; no `sort` means relevance; no `page` means page 1. Pure, so the
 * page, the header box and the tests agree on one format.
 */
import { SLUG_PATTERN } from '../domain/slugs.ts';

export const FILTER_KEYS = ['topic', 'entity', 'story', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  /** The query as typed (trimmed); quotes ask for an exact phrase. */
  q: string;
  /** Selected values per filter, in URL order, without duplicates. */
  filters: Record<FilterKey, string[]>;
  /** `relevance` (the default) or `date` (newest first). */
  sort: 'relevance' | 'date';
  /** 1-based results page. */
  page: number;
}

export const emptyFilters = (): Record<FilterKey, string[]> => ({ topic: [], entity: [], story: [], year: [] });

export function emptySearchState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: 'relevance', page: 1 };
}

/** Filter values are slugs or years; anything else in a hand-edited URL is dropped. */
const VALID: Record<FilterKey, RegExp> = {
  topic: SLUG_PATTERN,
  entity: SLUG_PATTERN,
  story: SLUG_PATTERN,
  year: /^\d{4}$/,
};

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => VALID[key].test(v)),
      ),
    ];
  }
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function writeSearchState(path: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) params.append(key, v);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.page > 1) params.set('page', String(state.page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Pagefind's filter argument: `any` makes one filter's values OR, keys AND. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) out[key] = { any: state.filters[key] };
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => state.filters[k].length > 0);
}

/**
 * The phrase to prefer in ranking: the whole query, unless the reader already
 * quoted it. Several words typed without quotes are also searched as one
 * exact phrase, and pages that contain it rank first (see mergePhraseFirst).
 * Punctuation is dropped: the index keeps word positions, not commas or full
 * stops, so "fallen. Effect" still matches across the sentence break.
 */
export function phraseQuery(q: string): string | undefined {
  if (q.includes('"')) return undefined;
  const words = q
    .replace(/[^\p{L}\p{N}'’-]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2) return undefined;
  return `"${words.join(' ')}"`;
}

/**
 * Pages that contain the exact phrase first, then the other hits of the plain
 * query; no id twice. Within each group the plain query's order is kept, as
 * it weighs title and description matches (PAGEFIND_OPTIONS.ranking).
 */
export function mergePhraseFirst<T extends { id: string }>(phrase: readonly T[], plain: readonly T[]): T[] {
  const inPhrase = new Set(phrase.map((r) => r.id));
  const inPlain = new Set(plain.map((r) => r.id));
  return [...plain.filter((r) => inPhrase.has(r.id)), ...phrase.filter((r) => !inPlain.has(r.id)), ...plain.filter((r) => !inPhrase.has(r.id))];
}
