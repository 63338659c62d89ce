/**
 * Worker thread that draws share images for render-card.ts. Plain Node runs
 * this file (type stripping), so it imports only modules Node loads without Vite.
 */
import { drawPng } from './draw.ts';
import type { CardNode } from './card.ts';

export default function draw({ tree, width, height }: { tree: CardNode; width: number; height: number }): Promise<Buffer> {
  return drawPng(tree, width, height);
}
