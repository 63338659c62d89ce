/**
 * Worker for tests/unit/markdown/tree-walk-for-libraries.test.ts: asks a
 * library (mdast-util-definitions, which walks with unist-util-visit) to
 * walk a tree, and reports the file that read the tree's children, with the
 * swap or without it, and in the render worker (whose set-up must swap them).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useTreeWalkForLibraries } from '../../src/markdown/tree-walk-for-libraries.ts';

// The render worker's own entry, as Tinypool loads it, or the swap alone, or neither.
if (workerData.mode === 'render-worker') await import('../../src/content/render-worker.ts');
else if (workerData.mode === 'swap') useTreeWalkForLibraries();
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
parentPort!.postMessage({ walker, url: found?.url });
