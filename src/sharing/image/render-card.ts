/**
 * Renders share cards to PNG, caching each by a hash of everything that
 * affects its pixels, so an unchanged page is never drawn again, across
 * builds. A build hands the whole list to prepareCards() first, which draws
 * the missing ones on worker threads while pages render; each card's page
 * then awaits its own drawing, and a card that cannot be drawn fails the
 * build naming the card and the reason (the others still finish).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Tinypool } from 'tinypool';
import { CARD_HEIGHT, CARD_WIDTH, LOGO_HEIGHT, LOGO_WIDTH, cardTree, logoTree, type CardData, type CardNode } from './card.ts';
import { FONT_FILES, drawPng } from './draw.ts';

/** Bump when the card's look changes in a way its element tree does not show (cached PNGs are then redrawn). */
const RENDERER_VERSION = 1;

/**
 * Cards drawn per worker before it is replaced: resvg's images are freed
 * only when V8 collects them, and a worker that only draws rarely does
 * (5,000 cards once grew the process to 20 GB).
 */
const CARDS_PER_WORKER = 100;

/** A card to draw: what it shows, and how error messages name it ("article kim-jong-un-japan-summit"). */
export interface CardJob {
  card: CardData;
  label: string;
}

/** Cards being drawn on workers (or whose drawing failed), by file in the cache. */
const inFlight = new Map<string, Promise<Buffer>>();
let pending = 0;

let pool: Tinypool | undefined;
let drawnOnWorkers = 0;
const threads = Math.max(1, availableParallelism());

function workerPool(workerFile: string): Tinypool {
  // Drawing is native, CPU-bound code (about 55 ms a card): one worker per core.
  return (pool ??= new Tinypool({ filename: workerFile, maxThreads: threads, minThreads: 0 }));
}

/** Draws on a worker thread; every CARDS_PER_WORKER cards a worker, the workers are replaced. */
async function drawOnWorker(workerFile: string, tree: CardNode, width: number, height: number): Promise<Buffer> {
  const png = (await workerPool(workerFile).run({ tree, width, height })) as Uint8Array;
  if (++drawnOnWorkers % (CARDS_PER_WORKER * threads) === 0) void pool?.recycleWorkers();
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * Starts drawing, on worker threads, every card not in the cache yet; the
 * later renderCard() calls then wait for their own.
 * `workerFile` is the worker's source file, run by plain Node (the default
 * is found from the project root, where Astro runs).
 */
export function prepareCards(jobs: readonly CardJob[], cacheDir: string, workerFile = resolve('src/sharing/image/card-worker.ts')): void {
  for (const { card } of jobs) {
    const tree = cardTree(card);
    const file = cacheFile(cacheDir, tree, CARD_WIDTH, CARD_HEIGHT);
    if (inFlight.has(file) || existsSync(file)) continue;
    const drawing = drawOnWorker(workerFile, tree, CARD_WIDTH, CARD_HEIGHT).then((png) => store(file, png));
    // Awaited, and reported, by the card's renderCard or cardFile. Once in the
    // cache the PNG need not stay in memory; a failed drawing stays, so a
    // later wait gets its error rather than drawing the card again.
    pending++;
    const settle = (ok: boolean) => {
      if (ok) inFlight.delete(file);
      if (--pending === 0) void closeCardWorkers();
    };
    drawing.then(
      () => settle(true),
      () => settle(false),
    );
    inFlight.set(file, drawing);
  }
}

/** Ends the workers (when every card is drawn). */
export async function closeCardWorkers(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}

/** A card's PNG: from the cache, from its drawing on a worker, or drawn here. */
export async function renderCard({ card, label }: CardJob, cacheDir: string): Promise<Buffer> {
  try {
    return await renderTree(cardTree(card), CARD_WIDTH, CARD_HEIGHT, cacheDir);
  } catch (err) {
    throw cardError(label, err);
  }
}

/**
 * The cache file of a card's PNG, once it is there (waiting for its drawing
 * on a worker, or drawing it here): what a build links into the site,
 * without reading the PNG.
 */
export async function cardFile({ card, label }: CardJob, cacheDir: string): Promise<string> {
  const tree = cardTree(card);
  const file = cacheFile(cacheDir, tree, CARD_WIDTH, CARD_HEIGHT);
  try {
    const drawing = inFlight.get(file);
    if (drawing) await drawing;
    else if (!existsSync(file)) store(file, await drawPng(tree, CARD_WIDTH, CARD_HEIGHT));
    return file;
  } catch (err) {
    throw cardError(label, err);
  }
}

function cardError(label: string, err: unknown): Error {
  const error = new Error(`the share card of ${label} could not be drawn: ${(err as Error)?.message ?? err}`, { cause: err });
  error.name = 'ShareCardError';
  return error;
}

export function renderLogo(siteName: string, cacheDir: string): Promise<Buffer> {
  return renderTree(logoTree(siteName), LOGO_WIDTH, LOGO_HEIGHT, cacheDir);
}

/** The hash a card's PNG is cached under: equal hashes, identical pixels (also the page's incremental-build key). */
export function cardKey(card: CardData): string {
  return treeHash(cardTree(card), CARD_WIDTH, CARD_HEIGHT);
}

/** Hash of everything that decides the pixels: the element tree (layout and styles, not only the data) and the fonts. */
export function treeHash(tree: CardNode, width: number, height: number): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: RENDERER_VERSION, fonts: FONT_FILES, width, height, tree }))
    .digest('hex')
    .slice(0, 24);
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
