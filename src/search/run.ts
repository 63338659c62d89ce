/**
 * One search, the same way everywhere: the search page, the header box and
 * the search-quality test all call runSearch with Pagefind's JS API (in the
 * browser, or in Node over a built index), so what the test measures is what
 * readers get.
 */
import { FILTER_KEYS, hasFilters, mergePhraseFirst, pagefindFilters, phraseQuery, type FilterKey, type SearchState } from './state.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  /** Page text around the match, HTML-escaped by Pagefind, with <mark> around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  /** Counts per filter value among these results. */
  filters: Record<string, Record<string, number>>;
}
/** The part of Pagefind's JS API a search needs. */
export interface PagefindApi {
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

/**
 * Pagefind options for explainers, chosen with the search-quality test
 * (tests/build/search-quality.test.ts): title and description matches count
 * most, then headings, then body text.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 30,
  highlightParam: 'highlight',
  ranking: {
    // Boost for matches in the page's metadata, on top of the body score.
    metaWeights: { title: 8, description: 3 },
  },
} as const;

export interface SearchOutcome {
  /** Every matching result, best first (or newest first when sorted by date). */
  results: PagefindResult[];
  /**
   * For each filter, how many results each value would give: counted with
   * every other filter applied but not this one, since values of one filter
   * combine with OR.
   */
  counts: Record<FilterKey, Record<string, number>>;
}

const NO_COUNTS = (): Record<FilterKey, Record<string, number>> => ({ topic: {}, entity: {}, story: {}, year: {} });

export async function runSearch(pf: PagefindApi, state: SearchState, { phraseFirst = true } = {}): Promise<SearchOutcome> {
  const term = state.q || null;
  if (!term && !hasFilters(state)) return { results: [], counts: NO_COUNTS() };
  const filters = pagefindFilters(state);
  const sort = state.sort === 'date' ? { date: 'desc' } : undefined;
  // (phraseFirst: false only measures what phrase-first ranking is worth.)
  const phrase = phraseFirst && term && state.sort === 'relevance' ? phraseQuery(term) : undefined;
  const withoutKey = (key: FilterKey) =>
    pf.search(term, { filters: pagefindFilters({ ...state, filters: { ...state.filters, [key]: [] } }), ...(sort ? { sort } : {}) });

  const [plain, phraseHits, ...facetSearches] = await Promise.all([
    pf.search(term, { filters, ...(sort ? { sort } : {}) }),
    phrase ? pf.search(phrase, { filters }) : Promise.resolve(null),
    ...FILTER_KEYS.map((key) => (state.filters[key].length > 0 ? withoutKey(key) : Promise.resolve(null))),
  ]);
  const counts = NO_COUNTS();
  FILTER_KEYS.forEach((key, i) => {
    counts[key] = (facetSearches[i] ?? plain)?.filters[key] ?? {};
  });
  const results = mergePhraseFirst(phraseHits?.results ?? [], plain?.results ?? []);
  return { results, counts };
}
