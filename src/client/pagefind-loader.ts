/**
 * Loads Pagefind's search bundle once, with our options. It is written into
 * dist/pagefind/ after Astro's bundler has run (and served from memory by the
 * dev server), so it is imported by URL at run time, never bundled.
 */
import { PAGEFIND_OPTIONS, type PagefindApi } from '../search/run.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';

interface PagefindModule extends PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  return (loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
    await pf.options({ ...PAGEFIND_OPTIONS });
    await pf.init();
    // Filter counts are reported only for filters whose index is loaded.
    await pf.filters();
    return pf;
  })().catch((err: unknown) => {
    loading = undefined; // let the next attempt retry
    throw err;
  }));
}
