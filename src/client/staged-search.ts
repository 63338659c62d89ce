/**
 * A search answered in two stages: first over the newest explainers' own
 * index (a couple of hundred, so a first answer arrives in a fraction of the
 * time and download a search of a large archive takes), then over the whole
 * index, whose answer replaces the first. A first answer with no results is
 * not shown: the archive may still hold the words. Where the index is one
 * part (a small site, dev), there is one stage.
 */
import { exactWord, runSearch, type SearchOutcome } from '../search/run.ts';
import type { SearchState } from '../search/state.ts';
import { wordsAhead } from '../search/query.ts';
import { loadNewest, loadPagefind } from './pagefind-loader.ts';

/**
 * How many results a first answer shows: what a first screen holds. Each
 * shown result's text is fetched and read (for its excerpt, and to move an
 * explainer that is about the query up), which is most of a first answer's
 * time; the whole answer shows a full page.
 */
export const FIRST_ANSWER_SIZE = 5;

export interface Stages {
  /** Shows the first answer (results over the newest explainers, the first FIRST_ANSWER_SIZE ordered; no filter counts). */
  first: (outcome: SearchOutcome) => Promise<void> | void;
  /** Whether a newer search has superseded this one: no further stage runs. */
  stale: () => boolean;
  /**
   * Whether to answer first from the newest explainers: for a search typed
   * (the index was loaded ahead as the reader typed). A search that arrives
   * whole (a shared link, Back, a filter) is answered once: a first answer
   * there would start the archive's load later and draw the results twice
   * (measured on the e2e site: largest paint 1.1 s in one stage, up to
   * 1.9 s in two).
   */
  firstAnswer: boolean;
}

/** The whole index's answer, after the first stage's (if any) was shown; undefined when superseded. */
export async function searchInStages(state: SearchState, { first, stale, firstAnswer }: Stages): Promise<SearchOutcome | undefined> {
  // Only a first page is worth a first answer: a later page of the newest explainers is not the archive's.
  const newest = firstAnswer && state.page === 1 ? await loadNewest().catch(() => undefined) : undefined;
  if (newest) {
    const early = await runSearch(newest, state, { counts: false, aboutWindow: FIRST_ANSWER_SIZE, ahead: true });
    if (stale()) return undefined;
    if (early.results.length > 0) await first(early);
    if (stale()) return undefined;
  }
  return runSearch(await loadPagefind(), state);
}

/**
 * While the reader types: loads the index (the newest explainers' own
 * where there is one, else the whole), looks up each finished word exactly
 * as the search will (remembered, so the search finds it done) and fetches
 * the chunk of the word being typed, so the first answer, once typing
 * pauses, has little left to do. The rest of the archive loads once the first answer
 * is out, so that its many shards do not hold the first answer up in
 * Pagefind's one worker.
 */
export function preloadQuery(typed: string): void {
  const { done, typing } = wordsAhead(typed);
  void loadNewest()
    .then((newest) => newest ?? loadPagefind())
    .then((pf) => Promise.all([...done.map((word) => pf.search(exactWord(word))), ...typing.map((word) => pf.preload?.(word))]))
    .catch(() => undefined);
}
