import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardTree, clampText, headlineSize, type CardNode } from '../../../src/sharing/image/card.ts';
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
