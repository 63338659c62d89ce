/**
 * One search, the same way everywhere: the search page, the header box and
 * the search-quality test all call runSearch with Pagefind's JS API (in the
 * browser, or in Node over a built index), so what the test measures is what
 * readers get.
 */
import { FILTER_KEYS, hasFilters, mergePhraseFirst, pagefindFilters, phraseQuery, type FilterKey, type SearchState } from './state.ts';
import { normalizeWord, parseQuery, type QueryTerm } from './query.ts';
import { SHARD_FILTER } from './shards.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** Positions, in the content's words, of the words that matched. */
  locations: number[];
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
/** What a result's data says of its filters (Pagefind's fragment). */
interface ResultFilters {
  filters?: Record<string, string[]>;
}
/** The part of Pagefind's JS API a search needs. */
export interface PagefindApi {
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  /** Every filter and value in the index, with its number of pages. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** The older shards merged into the index, newest first (search/shards.ts); none for one index. */
  shards?: readonly string[];
  /** Fetches the word chunks a query will need, without searching (Pagefind's preload), so a search typed on finds them loaded. */
  preload?: (term: string) => Promise<void>;
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
  /** The query's words and phrases that no page matches (so nothing does). */
  unmatched: string[];
}

const NO_COUNTS = (): Record<FilterKey, Record<string, number>> => ({ topic: {}, entity: {}, story: {}, year: {} });
const EMPTY: ReadonlySet<string> = new Set();

const ids = (search: PagefindSearch | null) => new Set((search?.results ?? []).map((r) => r.id));

/** Whether a result's matched words (or, if the match is in its metadata, a metadata word) begin with `word`. */
function matchedWordBegins(data: ResultData, word: string): boolean {
  const words = data.content.split(/[\r\n\s]+/g);
  const matched = data.locations.map((at) => words[at] ?? '');
  const candidates = matched.length ? matched : Object.values(data.meta).flatMap((v) => (v ?? '').split(/\s+/));
  return candidates.some((w) => normalizeWord(w).startsWith(word));
}

/**
 * The pages a term matches, by the rule in query.ts. Pagefind alone is not
 * enough: a word missing from the index falls back to its longest indexed
 * beginning ("yokota" to "yo"), and a word of the index also matches every
 * longer word that begins with it ("commit" finds "committee"). So a word
 * is first looked up exactly (quoted: the word or its stem); only a word
 * that is not in the index may match as a beginning, and only when the
 * words Pagefind found really begin with it.
 */
/** The Pagefind query that looks a word up exactly (the word or its stem, no longer words). */
export const exactWord = (word: string): string => `"${word}"`;

async function termPages(pf: PagefindApi, term: QueryTerm, seen: Map<string, PagefindResult>): Promise<ReadonlySet<string>> {
  const keep = (search: PagefindSearch | null) => {
    for (const r of search?.results ?? []) if (!seen.has(r.id)) seen.set(r.id, r);
    return ids(search);
  };
  const exact = keep(await pf.search(exactWord(term.text)));
  if (exact.size > 0 || term.kind === 'phrase' || !term.prefix) return exact;
  const loose = await pf.search(term.text);
  const first = loose?.results[0];
  if (!first || !matchedWordBegins(await first.data(), normalizeWord(term.text))) return EMPTY;
  return keep(loose);
}

function intersect(sets: readonly ReadonlySet<string>[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...(smallest ?? [])].filter((id) => rest.every((s) => s.has(id))));
}

/**
 * What Pagefind ranks by: each word cut to its root (its first letters, all
 * but the last three, at least five), so that an explainer whose title says
 * "abduction" counts as about "abductees" (Pagefind weighs title and
 * description matches, PAGEFIND_OPTIONS.ranking). Which pages are results
 * is decided by the precise rule; this only orders them.
 */
export function rankingQuery(terms: readonly QueryTerm[]): string {
  return terms
    .map((t) => {
      if (t.kind === 'phrase' || !t.prefix) return t.text;
      const word = normalizeWord(t.text);
      return word.length > 5 ? word.slice(0, Math.max(5, word.length - 3)) : word;
    })
    .join(' ');
}

/** How far down the results an explainer that is about the query is moved up from: the first page of results (its data is loaded to show it anyway). */
export const ABOUT_WINDOW = 10;

/** Whether a result's title and description hold every query word (by its ranking root). */
function isAbout(data: ResultData, roots: readonly string[]): boolean {
  const words = `${data.meta['title'] ?? ''} ${data.meta['description'] ?? ''}`.split(/\s+/).map(normalizeWord);
  return roots.every((root) => words.some((w) => w.startsWith(root)));
}

/**
 * Among the first `window` results, those whose title and description
 * are about the query (every word) come first, in their order: a reader who
 * types "Kim Jong Un's sister" wants her profile before the explainers that
 * mention her. (The first page's data is loaded to show it anyway.)
 */
async function aboutFirst(results: PagefindResult[], terms: readonly QueryTerm[], window: number): Promise<PagefindResult[]> {
  const roots = rankingQuery(terms).split(/\s+/).map(normalizeWord).filter(Boolean);
  const head = results.slice(0, window);
  const about = await Promise.all(head.map(async (r) => isAbout(await r.data(), roots)));
  return [...head.filter((_, i) => about[i]), ...head.filter((_, i) => !about[i]), ...results.slice(window)];
}

/** The chosen filters without one key's (values of one filter combine with OR, so its counts ignore its own choice). */
function filtersExcept(state: SearchState, except?: FilterKey): SearchState {
  return except ? { ...state, filters: { ...state.filters, [except]: [] } } : state;
}

/**
 * For each filter, how many of the query's pages each value would show,
 * with the other filters applied. Pagefind counts the pages its own search
 * found; where that search found pages the precise rule does not keep
 * (`keep`), their values are taken off again, read from their data.
 */
async function filterCounts(
  pf: PagefindApi,
  query: string | null,
  state: SearchState,
  keep: ReadonlySet<string> | null,
  withAll: PagefindSearch | null,
): Promise<Record<FilterKey, Record<string, number>>> {
  const counts = NO_COUNTS();
  await Promise.all(
    FILTER_KEYS.map(async (key) => {
      const others = pagefindFilters(filtersExcept(state, key));
      const search = state.filters[key].length > 0 || !withAll ? await pf.search(query, Object.keys(others).length ? { filters: others } : undefined) : withAll;
      const found = { ...(search?.filters[key] ?? {}) };
      const extra = keep ? (search?.results ?? []).filter((r) => !keep.has(r.id)) : [];
      if (extra.length > MAX_COUNT_CORRECTIONS) extra.length = 0;
      for (const r of extra) {
        const data = (await r.data()) as ResultData & ResultFilters;
        for (const value of data.filters?.[key] ?? []) if (found[value]) found[value]--;
      }
      counts[key] = found;
    }),
  );
  return counts;
}

/** Most extra pages whose filters are read to correct Pagefind's counts; past this the counts are Pagefind's. */
export const MAX_COUNT_CORRECTIONS = 60;

/** Filter counts of several searches over parts of the index, added up. */
function addCounts(parts: readonly (PagefindSearch | null)[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const part of parts) {
    for (const [key, values] of Object.entries(part?.filters ?? {})) {
      const into = (sum[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

/**
 * A search sorted newest first. Pagefind sorts within one index, and over
 * merged shards it orders results by score, which in a sorted search is a
 * page's place in its own shard. So with shards, the sorted search runs on
 * each shard alone (its pages carry its name as a filter; the newest, the
 * primary index, is the one without), newest shard first, and the lists are
 * joined: shards are runs of publication days.
 */
async function searchNewestFirst(pf: PagefindApi, term: string | null, filters: Record<string, unknown>): Promise<PagefindSearch | null> {
  const sort = { sort: { date: 'desc' } };
  const shards = pf.shards ?? [];
  if (shards.length === 0) return pf.search(term, { filters, ...sort });
  const parts = await Promise.all([
    pf.search(term, { filters: { ...filters, [SHARD_FILTER]: { none: shards } }, ...sort }),
    ...shards.map((name) => pf.search(term, { filters: { ...filters, [SHARD_FILTER]: name }, ...sort })),
  ]);
  return { results: parts.flatMap((p) => p?.results ?? []), filters: addCounts(parts) };
}

/** The search that orders results: by relevance, or newest first. */
const orderingSearch = (pf: PagefindApi, term: string | null, state: SearchState) =>
  state.sort === 'date' ? searchNewestFirst(pf, term, pagefindFilters(state)) : pf.search(term, hasFilters(state) ? { filters: pagefindFilters(state) } : {});

/**
 * Pagefind searches asked again are answered from memory: within one run
 * (the exact word and the ranking query are often the same), and, kept
 * across a page's runs (`limit` most recently used), a query typed on from
 * an earlier one reuses the searches of the words it already had. The index
 * does not change while it is open.
 */
export function rememberSearches(pf: PagefindApi, limit = Infinity): PagefindApi {
  const runs = new Map<string, Promise<PagefindSearch | null>>();
  return {
    filters: () => pf.filters(),
    ...(pf.shards ? { shards: pf.shards } : {}),
    ...(pf.preload ? { preload: pf.preload } : {}),
    search: (term, options) => {
      const key = JSON.stringify([term, options ?? {}]);
      const known = runs.get(key);
      if (known) {
        runs.delete(key); // most recently used last
        runs.set(key, known);
        return known;
      }
      const run = pf.search(term, options);
      run.catch(() => runs.delete(key));
      runs.set(key, run);
      if (runs.size > limit) runs.delete(runs.keys().next().value!);
      return run;
    },
  };
}

export async function runSearch(
  api: PagefindApi,
  state: SearchState,
  { phraseFirst = true, rankByRoots = true, aboutBoost = true, aboutWindow = ABOUT_WINDOW, counts: wantCounts = true, ahead = false } = {},
): Promise<SearchOutcome> {
  const pf = rememberSearches(api);
  const terms = parseQuery(state.q);
  if (terms.length === 0 && !hasFilters(state)) return { results: [], counts: NO_COUNTS(), unmatched: [] };
  const filters = hasFilters(state) ? { filters: pagefindFilters(state) } : {};

  if (terms.length === 0) {
    // Filters alone: Pagefind's filtering is exact.
    const all = await orderingSearch(pf, null, state);
    return { results: all?.results ?? [], counts: wantCounts ? await filterCounts(pf, null, state, null, all) : NO_COUNTS(), unmatched: [] };
  }

  // The order: Pagefind's ranking of the query's roots (or newest first),
  // with the chosen filters applied; it holds every page the precise rule
  // kept. For several words, pages with the exact phrase first.
  // (phraseFirst: false only measures what that is worth.)
  // Shown as typed: the excerpt marks the exact phrase where the page has
  // it, else the word as typed, never only its root. A single word's pages
  // come from its unquoted search (the same search as the ranking one when
  // the word is its own root): a quoted search gives one section per page,
  // the unquoted one every matching section, for the sub-results.
  const phrase = phraseFirst && state.sort === 'relevance' ? phraseQuery(state.q) : undefined;
  const roots = rankByRoots ? rankingQuery(terms) : state.q;
  const word = terms.length === 1 && terms[0]!.kind === 'word' ? terms[0]!.text : undefined;
  const ordering = () =>
    Promise.all([orderingSearch(pf, roots, state), phrase ? pf.search(phrase, filters) : null, word ? pf.search(word, filters) : null] as const);
  // `ahead`: the ordering searches start beside the word searches instead
  // of after them, wasted only when a word matches nothing: worth it on a
  // small index (a first answer), not on the whole archive.
  const started = ahead ? ordering() : undefined;
  started?.catch(() => undefined);

  const found = new Map<string, PagefindResult>();
  const termSets = await Promise.all(terms.map((t) => termPages(pf, t, found)));
  const unmatched = terms.filter((_, i) => termSets[i]!.size === 0).map((t) => t.text);
  if (unmatched.length > 0) return { results: [], counts: NO_COUNTS(), unmatched };
  const queryPages = intersect(termSets);

  const [ranked, phraseHits, asTyped] = await (started ?? ordering());
  for (const r of asTyped?.results ?? []) if (queryPages.has(r.id)) found.set(r.id, r);
  for (const r of phraseHits?.results ?? []) found.set(r.id, r);
  const shown = (r: PagefindResult) => (terms.length === 1 || phraseHits?.results.some((p) => p.id === r.id) ? (found.get(r.id) ?? r) : r);
  const ordered = mergePhraseFirst(phraseHits?.results ?? [], ranked?.results ?? []);
  const inOrder = new Set(ordered.map((r) => r.id));
  const matching = [
    ...ordered.filter((r) => queryPages.has(r.id)).map(shown),
    // A page the ranking search missed, should there be one, still shows, after the others (filters need its filter data, so only without them).
    ...(hasFilters(state) ? [] : [...queryPages].filter((id) => !inOrder.has(id)).map((id) => found.get(id)!)),
  ];
  const results = aboutBoost && state.sort === 'relevance' ? await aboutFirst(matching, terms, aboutWindow) : matching;
  // Counted over the exact word's own search where the query is one word
  // found as itself (its pages are the results), else over the ranking
  // search, corrected for the pages the precise rule left out.
  const exact = word ? ((await pf.search(exactWord(word)))?.results.length ?? 0) > 0 : false;
  const countQuery = exact && word ? exactWord(word) : roots;
  const counts = wantCounts ? await filterCounts(pf, countQuery, state, queryPages, null) : NO_COUNTS();
  return { results, counts, unmatched };
}
