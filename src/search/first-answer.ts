/**
 * When and how a search is answered first from the newest explainers' own
 * index (client/staged-search.ts), before the whole archive's answer.
 */

/**
 * How many results a first answer shows: what a first screen holds. Each
 * shown result's text is fetched and read (for its excerpt, and to move an
 * explainer that is about the query up), which is most of a first answer's
 * time; the whole answer shows a full page.
 */
export const FIRST_ANSWER_SIZE = 5;

/**
 * How a search came: `typed` (the index was loaded ahead as the reader
 * typed), `opened` with the page (a shared link, a reload), or `changed`
 * on the page (a filter, the sort, a page of results, Back).
 */
export type Arrival = 'typed' | 'opened' | 'changed';

/**
 * From how many explainers a search opened with the page is worth a first
 * answer. Measured on the bench corpus opened cold from a link, one stage
 * against two: at 1,944 explainers results showed after 0.60-0.73 s
 * instead of 0.98-1.16 s, at 3,957 after 0.65-0.83 s instead of 1.05-1.55
 * s, at 10,000 after 0.56-0.84 s instead of 1.80-2.46 s; on the e2e site
 * (18) two stages only delayed the results (largest paint 1.1 s in one
 * stage, up to 1.9 s in two).
 */
export const LARGE_ARCHIVE = 1500;

/**
 * Whether a search is answered first from the newest explainers: a typed
 * one, and one opened with the page where the archive is large. Never a
 * later page of results (the newest explainers' page 2 is not the
 * archive's), nor a change on the page: the archive is loaded by then, and
 * a first answer would hide the filter sheet's "Show N results" while the
 * reader is choosing.
 */
export function answersFirst(arrival: Arrival, page: number, archive: number): boolean {
  if (page !== 1) return false;
  return arrival === 'typed' || (arrival === 'opened' && archive >= LARGE_ARCHIVE);
}
