/**
 * A search answered in two stages: first over the index's newest part (a
 * few hundred explainers, so a first answer arrives in a fraction of the
 * time and download a search of a large archive takes), then over the whole
 * index, whose answer replaces the first. A first answer with no results is
 * not shown: the archive may still hold the words. Where the index is one
 * part (a small site, dev), there is one stage.
 */
import { runSearch, type SearchOutcome } from '../search/run.ts';
import type { SearchState } from '../search/state.ts';
import { loadNewestPart, loadPagefind } from './pagefind-loader.ts';

export interface Stages {
  /** Shows the first answer (results over the newest part, no filter counts). */
  first: (outcome: SearchOutcome) => Promise<void> | void;
  /** Whether a newer search has superseded this one: no further stage runs. */
  stale: () => boolean;
}

/** The whole index's answer, after the first stage's (if any) was shown; undefined when superseded. */
export async function searchInStages(state: SearchState, { first, stale }: Stages): Promise<SearchOutcome | undefined> {
  // Only a first page is worth a first answer: a later page of the newest part is not the archive's.
  const newest = state.page === 1 ? await loadNewestPart().catch(() => undefined) : undefined;
  if (newest) {
    const early = await runSearch(newest, state, { counts: false });
    if (stale()) return undefined;
    if (early.results.length > 0) await first(early);
    if (stale()) return undefined;
  }
  return runSearch(await loadPagefind(), state);
}

/** Starts loading the index while the reader types: the newest part first, so it is not slowed by the rest. */
export function warmIndex(): void {
  void loadNewestPart()
    .catch(() => undefined)
    .then(() => loadPagefind())
    .catch(() => undefined);
}
