import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardTree, clampText, headlineSize, withoutOrphan, type CardNode } from '../../../src/sharing/image/card.ts';
import { PALETTE, readPalette } from '../../../src/styles/palette.ts';

const styles = (node: CardNode | string): Record<string, unknown>[] =>
  typeof node === 'string' ? [] : [node.props.style ?? {}, ...[node.props.children ?? []].flat().flatMap(styles)];

describe('share card layout', () => {
  it('gives long headlines a smaller size so they fit in four lines', () => {
    expect([40, 70, 100, 140].map((n) => headlineSize('x'.repeat(n)))).toEqual([68, 58, 50, 42]);
  });
  it('clamps a runaway headline with an ellipsis, counting characters, not UTF-16 units', () => {
    expect(clampText('한국어'.repeat(100), 10)).toBe(`${'한국어'.repeat(3)}…`);
    expect(clampText('Short', 10)).toBe('Short');
  });
  it("draws in the site's own colours (tokens.css), the light scheme", () => {
    const colours = new Set(
      styles(cardTree({ kicker: 'Explainer', headline: 'H', detail: 'Japan', siteName: 'Backstory' }))
        .flatMap((s) => [s['color'], s['backgroundColor']])
        .filter(Boolean),
    );
    expect([...colours].sort()).toEqual([PALETTE.light.accent, PALETTE.light.bg, PALETTE.light.muted, PALETTE.light.text].sort());
  });
});

describe('readPalette', () => {
  it('reads both schemes from tokens.css', () => {
    expect(readPalette(readFileSync('src/styles/tokens.css', 'utf8')).dark.bg).toBe('#151515');
  });
  it('names every token it cannot find', () => {
    expect(() => readPalette(':root { --bg: light-dark(#fff, #000); }')).toThrow(/no light-dark\(\) value for --surface, --text/);
  });
});

describe('share card headline: never one word alone on its last line', () => {
  /** The headline's lines as satori lays them out (text left as <text> elements, one per word or space). */
  async function headlineLines(headline: string): Promise<string[]> {
    const { default: satori } = await import('satori');
    const { createRequire } = await import('node:module');
    const { FONT_FILES } = await import('../../../src/sharing/image/draw.ts');
    const require = createRequire(import.meta.url);
    const fonts = FONT_FILES.map((f) => ({ name: f.name, data: readFileSync(require.resolve(f.module)), weight: 700 as const, style: 'normal' as const }));
    const tree = cardTree({ kicker: 'Explainer', headline, detail: 'Japan', siteName: 'Backstory' });
    const svg = await satori(tree as never, { width: 1200, height: 630, fonts, embedFont: false });
    const size = headlineSize(headline);
    const lines = new Map<string, string>();
    for (const m of svg.matchAll(/<text[^>]* y="([\d.]+)"[^>]* font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)) {
      if (Number(m[2]) === size) lines.set(m[1]!, (lines.get(m[1]!) ?? '') + m[3]!);
    }
    return [...lines.values()].map((l) => l.replace(/\u00a0/g, ' ').trim());
  }
  const headlines = [
    'Why North Korea says Kishida wants a summit, and why it then shut the door',
    'The Northern Limit Line: the sea border the two Koreas have fought over',
    'Who is Kim Yo Jong, the sister behind North Korea’s 2024 messages to Japan?',
    'The abduction issue: why Japan keeps raising it and North Korea calls it closed',
    'Japan and North Korea: neighbours that have never had diplomatic ties',
    'The 2002 Pyongyang summit: when the leaders of Japan and North Korea first met',
    'A headline that is exactly long enough to leave one word',
  ];
  it.each(headlines)('%s', async (headline) => {
    const lines = await headlineLines(headline);
    expect(lines.join(' ')).toBe(headline);
    if (lines.length > 1) expect(lines.at(-1)!.split(' ').length, lines.join(' | ')).toBeGreaterThanOrEqual(2);
  });
  it('ties the last two words with a no-break space', () => {
    expect(withoutOrphan('the summit that wasn’t')).toBe('the summit that\u00a0wasn’t');
    expect(withoutOrphan('北朝鮮')).toBe('北朝鮮');
  });
});
