/**
 * Hands the packages in a Markdown render faster code of ours with the same
 * results, where they import a library whose cost showed in a profile of
 * the render workers:
 * - unist-util-visit and unist-util-visit-parents, imported by Astro's own
 *   remark and rehype plugins, rehype-slug, remark-rehype and rehype-raw,
 *   get tree-walk.ts: their walks, with the library's cost for every node,
 *   were a quarter of a render worker's time, as ours were before
 *   tree-walk.ts;
 * - rehype-raw, imported by Astro's pipeline, gets
 *   plugins/rehype-raw-when-needed.ts: the parse5 round trip it runs on
 *   every tree was 40 % of a render of a body without raw HTML.
 *
 * Only the copies our code itself uses are swapped (a package pinned to
 * another major keeps its own), only for importers inside node_modules (our
 * code imports what it names), and never for the replacement's own imports
 * or unist-util-visit's of unist-util-visit-parents: those are what the
 * replacements fall back to.
 * It changes module resolution in the calling thread only: the render
 * workers call it (render-worker.ts), and
 * tests/unit/markdown/library-swaps.test.ts holds their output to the
 * libraries' own, byte for byte.
 */
import { registerHooks } from 'node:module';

const treeWalk = new URL('./tree-walk.ts', import.meta.url).href;
const rehypeRawWhenNeeded = new URL('./plugins/rehype-raw-when-needed.ts', import.meta.url).href;

/** Library module URL → the module of ours its importers get instead. */
const swaps = new Map([
  [import.meta.resolve('unist-util-visit'), treeWalk],
  [import.meta.resolve('unist-util-visit-parents'), treeWalk],
  [import.meta.resolve('rehype-raw'), rehypeRawWhenNeeded],
]);
const replacements = new Set(swaps.values());
const visitOwnImports = new URL('.', import.meta.resolve('unist-util-visit')).href;

let registered = false;

export function useLibrarySwaps(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      const swap = swaps.get(resolved.url);
      const importer = context.parentURL ?? '';
      if (!swap || replacements.has(importer) || !importer.includes('/node_modules/') || importer.startsWith(visitOwnImports)) return resolved;
      return { ...resolved, url: swap, format: undefined };
    },
  });
}
