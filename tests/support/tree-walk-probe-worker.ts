/**
 * Worker for tests/unit/markdown/tree-walk-for-libraries.test.ts: asks a
 * library (mdast-util-definitions, which walks with unist-util-visit) to
 * walk a tree, and reports the file that read the tree's children, with the
 * swap (workerData.swap) or without it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useTreeWalkForLibraries } from '../../src/markdown/tree-walk-for-libraries.ts';

if (workerData.swap) useTreeWalkForLibraries();
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
