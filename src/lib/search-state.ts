/**
 * The search page's state as it lives in the URL (ARCHITECTURE.md):
 * `/search/?q=abduction&topic=japan&topic=north-korea`. Pure, so the page and
 * the tests agree on one format.
 */
export interface SearchState {
  q: string;
  /** Topic slugs; several combine with OR. */
  topics: string[];
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const topics = [...new Set(params.getAll('topic').filter(Boolean))];
  return { q: (params.get('q') ?? '').trim(), topics };
}

export function writeSearchState(path: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const t of state.topics) params.append('topic', t);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
