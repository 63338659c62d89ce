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
import { answersFirst, FIRST_ANSWER_SIZE, type Arrival } from '../search/first-answer.ts';
import { archiveSize, loadNewest, loadPagefind } from './pagefind-loader.ts';

export interface Stages {
  /** Shows the first answer (results over the newest explainers, the first FIRST_ANSWER_SIZE ordered; no filter counts). */
  first: (outcome: SearchOutcome) => Promise<void> | void;
  /** Whether a newer search has superseded this one: no further stage runs. */
  stale: () => boolean;
  /** How the search came: see answersFirst. */
  arrival: Arrival;
}

/** The whole index's answer, after the first stage's (if any) was shown; undefined when superseded. */
export async function searchInStages(state: SearchState, { first, stale, arrival }: Stages): Promise<SearchOutcome | undefined> {
  const archive = arrival === 'opened' ? await archiveSize().catch(() => 0) : 0;
  const newest = answersFirst(arrival, state.page, archive) ? await loadNewest().catch(() => undefined) : undefined;
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
