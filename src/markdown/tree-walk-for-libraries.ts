/**
 * Gives the packages in a Markdown render (Astro's own remark and rehype
 * plugins, rehype-slug, remark-rehype, rehype-raw) tree-walk.ts where they
 * import unist-util-visit or unist-util-visit-parents: their walks, with
 * the library's cost for every node, were a quarter of a render worker's
 * time, as ours were before tree-walk.ts.
 *
 * Only the copies tree-walk.ts itself uses are swapped (a package pinned
 * to another major keeps its own), only for importers inside node_modules
 * (our code imports what it names), and never for tree-walk.ts's own
 * imports of them or unist-util-visit's of unist-util-visit-parents: those
 * are what tree-walk.ts falls back to.
 * It changes module resolution in the calling thread only: the render
 * workers call it (render-worker.ts), and
 * tests/unit/markdown/tree-walk-for-libraries.test.ts holds their output
 * to the libraries' own, byte for byte.
 */
import { registerHooks } from 'node:module';

const treeWalk = new URL('./tree-walk.ts', import.meta.url).href;
const swapped = new Set(['unist-util-visit', 'unist-util-visit-parents'].map((name) => import.meta.resolve(name)));
const ownImports = new URL('.', import.meta.resolve('unist-util-visit')).href;

let registered = false;

export function useTreeWalkForLibraries(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      const importer = context.parentURL ?? '';
      if (!swapped.has(resolved.url) || importer === treeWalk || !importer.includes('/node_modules/') || importer.startsWith(ownImports)) return resolved;
      return { ...resolved, url: treeWalk, format: undefined };
    },
  });
}
