/**
 * One search, the same way everywhere: the search page, the header box and
 * the search-quality test all call runSearch with Pagefind's JS API (in the
 * browser, or in Node over a built index), so what the test measures is what
 * readers get.
 */
import { FILTER_KEYS, hasFilters, mergePhraseFirst, pagefindFilters, phraseQuery, type FilterKey, type SearchState } from './state.ts';
import { normalizeWord, parseQuery, type QueryTerm } from './query.ts';

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
/** The part of Pagefind's JS API a search needs. */
export interface PagefindApi {
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  /** Every filter and value in the index, with its number of pages. */
  filters: () => Promise<Record<string, Record<string, number>>>;
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
async function termPages(pf: PagefindApi, term: QueryTerm, seen: Map<string, PagefindResult>): Promise<ReadonlySet<string>> {
  const keep = (search: PagefindSearch | null) => {
    for (const r of search?.results ?? []) if (!seen.has(r.id)) seen.set(r.id, r);
    return ids(search);
  };
  const exact = keep(await pf.search(`"${term.text}"`));
  if (exact.size > 0 || term.kind === 'phrase' || !term.prefix) return exact;
  const loose = await pf.search(term.text);
  const first = loose?.results[0];
  if (!first || !matchedWordBegins(await first.data(), normalizeWord(term.text))) return EMPTY;
  return keep(loose);
}

/** Which pages have each filter value: filter-only searches, once per index (they do not depend on the query). */
const memberships = new WeakMap<PagefindApi, Promise<Map<string, Map<string, ReadonlySet<string>>>>>();
function filterMembership(pf: PagefindApi) {
  let found = memberships.get(pf);
  if (!found) {
    found = (async () => {
      const all = await pf.filters();
      const out = new Map<string, Map<string, ReadonlySet<string>>>();
      for (const [key, values] of Object.entries(all)) {
        const byValue = new Map<string, ReadonlySet<string>>();
        await Promise.all(Object.keys(values).map(async (value) => byValue.set(value, ids(await pf.search(null, { filters: { [key]: value } })))));
        out.set(key, byValue);
      }
      return out;
    })();
    memberships.set(pf, found);
  }
  return found;
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

/** How far down the results an explainer that is about the query is moved up from: the first page of results. */
export const ABOUT_WINDOW = 10;

/** Whether a result's title and description hold every query word (by its ranking root). */
function isAbout(data: ResultData, roots: readonly string[]): boolean {
  const words = `${data.meta['title'] ?? ''} ${data.meta['description'] ?? ''}`.split(/\s+/).map(normalizeWord);
  return roots.every((root) => words.some((w) => w.startsWith(root)));
}

/**
 * Among the first ABOUT_WINDOW results, those whose title and description
 * are about the query (every word) come first, in their order: a reader who
 * types "Kim Jong Un's sister" wants her profile before the explainers that
 * mention her. (The first page's data is loaded to show it anyway.)
 */
async function aboutFirst(results: PagefindResult[], terms: readonly QueryTerm[]): Promise<PagefindResult[]> {
  const roots = rankingQuery(terms).split(/\s+/).map(normalizeWord).filter(Boolean);
  const head = results.slice(0, ABOUT_WINDOW);
  const about = await Promise.all(head.map(async (r) => isAbout(await r.data(), roots)));
  return [...head.filter((_, i) => about[i]), ...head.filter((_, i) => !about[i]), ...results.slice(ABOUT_WINDOW)];
}

export async function runSearch(
  pf: PagefindApi,
  state: SearchState,
  { phraseFirst = true, rankByRoots = true, aboutBoost = true } = {},
): Promise<SearchOutcome> {
  const terms = parseQuery(state.q);
  if (terms.length === 0 && !hasFilters(state)) return { results: [], counts: NO_COUNTS(), unmatched: [] };
  const sort = state.sort === 'date' ? { sort: { date: 'desc' } } : {};
  const found = new Map<string, PagefindResult>();
  const [termSets, membership] = await Promise.all([Promise.all(terms.map((t) => termPages(pf, t, found))), filterMembership(pf)]);
  const unmatched = terms.filter((_, i) => termSets[i]!.size === 0).map((t) => t.text);
  if (unmatched.length > 0) return { results: [], counts: NO_COUNTS(), unmatched };

  // The pages the query matches (every page, for filters alone); then the
  // filters: values of one filter combine with OR, different filters with AND.
  const everyPage = new Set([...(membership.get('year')?.values() ?? [])].flatMap((s) => [...s]));
  const queryPages = terms.length > 0 ? intersect(termSets) : everyPage;
  const chosen = new Map<FilterKey, Set<string>>();
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length > 0) chosen.set(key, new Set(state.filters[key].flatMap((v) => [...(membership.get(key)?.get(v) ?? EMPTY)])));
  }
  const passing = (except?: FilterKey) => intersect([queryPages, ...[...chosen].filter(([k]) => k !== except).map(([, s]) => s)]);
  const final = passing();

  // The order: Pagefind's ranking of the query (or newest first), which holds
  // every page the precise rule kept; for several words, pages with the exact
  // phrase first. (phraseFirst: false only measures what that is worth.)
  let ordered: PagefindResult[];
  if (terms.length === 0) {
    ordered = (await pf.search(null, { filters: pagefindFilters(state), ...sort }))?.results ?? [];
  } else {
    const phrase = phraseFirst && state.sort === 'relevance' ? phraseQuery(state.q) : undefined;
    const roots = rankByRoots ? rankingQuery(terms) : state.q;
    const [ranked, asTyped, phraseHits] = await Promise.all([
      pf.search(roots, sort),
      roots === state.q ? Promise.resolve(null) : pf.search(state.q, sort),
      phrase ? pf.search(phrase) : Promise.resolve(null),
    ]);
    // Shown as typed, in the roots' order: the excerpt marks the exact phrase
    // where the page has it, else the words as typed, never their roots.
    for (const r of asTyped?.results ?? []) found.set(r.id, r);
    for (const r of phraseHits?.results ?? []) found.set(r.id, r);
    const shown = (r: PagefindResult) => found.get(r.id) ?? r;
    ordered = mergePhraseFirst(phraseHits?.results ?? [], ranked?.results ?? []).map(shown);
  }
  // (A result the ranking search missed, should there be one, still shows, after the others.)
  const inOrder = new Set(ordered.map((r) => r.id));
  const matching = [
    ...ordered.filter((r) => final.has(r.id)),
    ...[...final]
      .filter((id) => !inOrder.has(id))
      .map((id) => found.get(id)!)
      .filter(Boolean),
  ];
  const results = aboutBoost && terms.length > 0 && state.sort === 'relevance' ? await aboutFirst(matching, terms) : matching;

  const counts = NO_COUNTS();
  for (const key of FILTER_KEYS) {
    const base = passing(key);
    for (const [value, pages] of membership.get(key) ?? []) {
      let n = 0;
      for (const id of pages) if (base.has(id)) n++;
      counts[key][value] = n;
    }
  }
  return { results, counts, unmatched };
}
