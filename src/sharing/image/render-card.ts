/**
 * Renders share cards to PNG, caching each by a hash of everything that
 * affects its pixels, so an unchanged page is never drawn again, across
 * builds. A build hands the whole list to prepareCards() first, which draws
 * the missing ones on worker threads while pages render.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CARD_HEIGHT, CARD_WIDTH, LOGO_HEIGHT, LOGO_WIDTH, cardTree, logoTree, type CardData, type CardNode } from './card.ts';
import { FONT_FILES, drawPng } from './draw.ts';
import { WorkerPool } from '../../build/worker-pool.ts';

/** Bump when the card's look changes in a way its data does not show (cached PNGs are then redrawn). */
const RENDERER_VERSION = 1;

/** Cards being drawn on workers, by file in the cache. */
const inFlight = new Map<string, Promise<Buffer>>();

// The worker runs the source file with plain Node, not the bundle Astro made
// of this module, so it is found from the project root (where Astro runs,
// as cacheDir() assumes too). Drawing is native, CPU-bound code (about
// 55 ms a card): one worker per core. Each worker is replaced after 100
// cards: resvg's images are freed only when V8 collects them, and a worker
// that only draws rarely does (5,000 cards grew the process to 20 GB).
const pool = new WorkerPool<{ tree: CardNode; width: number; height: number }, Uint8Array>(resolve('src/sharing/image/card-worker.ts'), undefined, { jobsPerWorker: 100 });

export function renderCard(card: CardData, cacheDir: string): Promise<Buffer> {
  return renderTree(cardTree(card), CARD_WIDTH, CARD_HEIGHT, cacheDir);
}

export function renderLogo(siteName: string, cacheDir: string): Promise<Buffer> {
  return renderTree(logoTree(siteName), LOGO_WIDTH, LOGO_HEIGHT, cacheDir);
}

/**
 * Starts drawing, on worker threads, every card not in the cache yet; the
 * later renderCard() calls then wait for their own. Errors surface there.
 */
export function prepareCards(cards: CardData[], cacheDir: string): void {
  if (process.env['BACKSTORY_WORKERS'] === '0') return; // then each card is drawn in the main thread when its page renders
  for (const card of cards) {
    const tree = cardTree(card);
    const file = cacheFile(cacheDir, tree, CARD_WIDTH, CARD_HEIGHT);
    if (inFlight.has(file) || existsSync(file)) continue;
    const drawing = pool.run({ tree, width: CARD_WIDTH, height: CARD_HEIGHT }).then((png) => {
      if (pool.pending === 0) void pool.close();
      return store(file, Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    });
    // Once its page has it, the PNG need not stay in memory.
    void drawing.then(() => inFlight.delete(file), () => {});
    drawing.catch(() => void pool.close()); // awaited (and reported) by renderCard
    inFlight.set(file, drawing);
  }
}

/** The hash a card's PNG is cached under: equal hashes, identical pixels (also the page's incremental-build key). */
export function cardKey(card: CardData): string {
  return treeHash(cardTree(card), CARD_WIDTH, CARD_HEIGHT);
}

/** Hash of everything that decides the pixels: the element tree (layout and styles, not only the data) and the fonts. */
export function treeHash(tree: CardNode, width: number, height: number): string {
  return createHash('sha256').update(JSON.stringify({ v: RENDERER_VERSION, fonts: FONT_FILES, width, height, tree })).digest('hex').slice(0, 24);
}

const cacheFile = (cacheDir: string, tree: CardNode, width: number, height: number) => join(cacheDir, `${treeHash(tree, width, height)}.png`);

async function renderTree(tree: CardNode, width: number, height: number, cacheDir: string): Promise<Buffer> {
  const file = cacheFile(cacheDir, tree, width, height);
  const drawing = inFlight.get(file);
  if (drawing) return drawing;
  if (existsSync(file)) return readFileSync(file);
  return store(file, await drawPng(tree, width, height));
}

function store(file: string, png: Buffer): Buffer {
  mkdirSync(join(file, '..'), { recursive: true });
  // Write then rename, so a build killed mid-write never leaves half a PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
