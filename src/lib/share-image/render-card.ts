/**
 * Renders share cards to PNG with satori (layout to SVG) and resvg (SVG to
 * PNG), caching each by a hash of everything that affects its pixels, so an
 * unchanged page is never rendered again, across builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, LOGO_HEIGHT, LOGO_WIDTH, cardTree, logoTree, type CardData, type CardNode } from './card.ts';

const require = createRequire(import.meta.url);

/**
 * Noto Sans in whole TTF files from npm (no network, no unicode-range
 * subsets): the Japanese cut covers Latin, kana and kanji, the Korean cut
 * Hangul. satori falls back from one to the next glyph by glyph.
 */
const FONT_FILES = [
  { name: 'Noto Sans JP', lang: 'ja-JP', module: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf' },
  { name: 'Noto Sans KR', lang: 'ko-KR', module: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf' },
] as const;

/** Bump when the card's look changes in a way its data does not show (cached PNGs are then redrawn). */
const RENDERER_VERSION = 1;

let fonts: { name: string; data: Buffer; weight: 700; style: 'normal'; lang: string }[] | undefined;
// (Each file needs its own family name: satori keeps one font per name and weight.)
function loadFonts() {
  return (fonts ??= FONT_FILES.map((f) => ({ name: f.name, data: readFileSync(require.resolve(f.module)), weight: 700 as const, style: 'normal' as const, lang: f.lang })));
}

export function renderCard(card: CardData, cacheDir: string): Promise<Buffer> {
  return renderTree(cardTree(card), CARD_WIDTH, CARD_HEIGHT, cacheDir);
}

export function renderLogo(siteName: string, cacheDir: string): Promise<Buffer> {
  return renderTree(logoTree(siteName), LOGO_WIDTH, LOGO_HEIGHT, cacheDir);
}

/** Hash of everything that decides the pixels: the element tree (layout and styles, not only the data) and the fonts. */
export function treeHash(tree: CardNode, width: number, height: number): string {
  return createHash('sha256').update(JSON.stringify({ v: RENDERER_VERSION, fonts: FONT_FILES, width, height, tree })).digest('hex').slice(0, 24);
}

async function renderTree(tree: CardNode, width: number, height: number, cacheDir: string): Promise<Buffer> {
  const file = join(cacheDir, `${treeHash(tree, width, height)}.png`);
  if (existsSync(file)) {
    return readFileSync(file);
  }
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a build killed mid-write never leaves half a PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
