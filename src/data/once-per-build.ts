/**
 * Wraps a loader so that a production build runs it once and every page
 * shares the result (listings, back-links and indexes are computed once per
 * build, not once per page). `npm run dev` reloads each time, because
 * content changes while the dev server runs.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}
