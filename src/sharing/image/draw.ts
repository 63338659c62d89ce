/**
 * Draws one element tree to PNG: satori lays it out to SVG, resvg rasterises
 * it. Pure and self-contained, so it runs in a worker thread
 * (card-worker.ts) as well as in the main thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { CardNode } from './card.ts';

const require = createRequire(import.meta.url);

/**
 * Noto Sans in whole TTF files from npm (no network, no unicode-range
 * subsets): the Japanese cut covers Latin, kana and kanji, the Korean cut
 * Hangul. satori falls back from one to the next glyph by glyph.
 */
export const FONT_FILES = [
  { name: 'Noto Sans JP', lang: 'ja-JP', module: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf' },
  { name: 'Noto Sans KR', lang: 'ko-KR', module: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf' },
] as const;

let fonts: { name: string; data: Buffer; weight: 700; style: 'normal'; lang: string }[] | undefined;
// (Each file needs its own family name: satori keeps one font per name and weight.)
function loadFonts() {
  return (fonts ??= FONT_FILES.map((f) => ({
    name: f.name,
    data: readFileSync(require.resolve(f.module)),
    weight: 700 as const,
    style: 'normal' as const,
    lang: f.lang,
  })));
}

export async function drawPng(tree: CardNode, width: number, height: number): Promise<Buffer> {
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng());
}
