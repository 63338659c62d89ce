/**
 * Worker thread that draws share images for render-card.ts. Plain Node runs
 * this file (type stripping), so it imports only modules Node loads without Vite.
 */
import { serveJobs } from '../../build/worker-pool.ts';
import { drawPng } from './draw.ts';
import type { CardNode } from './card.ts';

serveJobs(async ({ tree, width, height }: { tree: CardNode; width: number; height: number }) => drawPng(tree, width, height));
