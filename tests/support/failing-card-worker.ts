/**
 * A share-card worker for tests: draws like the real one, except that a card
 * whose headline starts with "FAIL" throws, as a card resvg cannot draw would.
 */
import realDraw from '../../src/sharing/image/card-worker.ts';
import type { CardNode } from '../../src/sharing/image/card.ts';

const text = (node: CardNode | string): string => (typeof node === 'string' ? node : [node.props.children ?? []].flat().map(text).join(' '));

export default function draw(job: { tree: CardNode; width: number; height: number }): Promise<Buffer> {
  if (/(^| )FAIL/.test(text(job.tree))) throw new Error('resvg ran out of memory (simulated)');
  return realDraw(job);
}
