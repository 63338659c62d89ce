/**
 * Worker for tests/unit/markdown/library-swaps.test.ts: asks a
 * library (mdast-util-definitions, which walks with unist-util-visit) to
 * walk a tree, and reports the file that read the tree's children and the
 * module Astro's pipeline gets for rehype-raw, with the swaps or without them, and in the render worker (whose set-up must swap them).
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { useLibrarySwaps } from '../../src/markdown/library-swaps.ts';

// The render worker's own entry, as Tinypool loads it, or the swap alone, or neither.
// Tinypool hands the render worker its renderer options; a plain Worker has none, so they are set as Tinypool would.
if (workerData.mode === 'render-worker') Object.assign(process, { __tinypool_state__: { workerData: { syntaxHighlight: false, gfm: true } } });
if (workerData.mode === 'render-worker') await import('../../src/content/render-worker.ts');
else if (workerData.mode === 'swap') useLibrarySwaps();
const { definitions } = await import('mdast-util-definitions');
let walker = '';
const root = {
  type: 'root',
  get children() {
    walker ||= (new Error().stack ?? '').split('\n')[2] ?? '';
    return [{ type: 'definition', identifier: 'a', url: 'https://example.org/', label: 'a' }];
  },
};
const found = definitions(root as never)('a');
// The module Astro's Markdown pipeline gets when it imports rehype-raw.
const rehypeRaw = createRequire(import.meta.resolve('@astrojs/markdown-remark')).resolve('rehype-raw');
parentPort!.postMessage({ walker, url: found?.url, rehypeRaw });
