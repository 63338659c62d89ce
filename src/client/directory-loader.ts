/**
 * The directory of people, places, stories and topics (search/directory.ts),
 * fetched once, the first time a reader searches.
 */
import type { DirectoryEntry } from '../search/directory.ts';

let loading: Promise<DirectoryEntry[]> | undefined;

export function loadDirectory(): Promise<DirectoryEntry[]> {
  return (loading ??= fetch('/search-directory.json')
    .then((r) => (r.ok ? (r.json() as Promise<DirectoryEntry[]>) : []))
    .catch(() => {
      loading = undefined; // a later search tries again
      return [];
    }));
}
