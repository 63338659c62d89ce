/**
 * The share card (1200×630) as a satori element tree: what a link pasted
 * into a chat or a social network shows. Pure data in, tree out, so its
 * layout decisions are unit-tested and its hash is stable.
 */
import { PALETTE } from '../../styles/palette.ts';

/** The card is always in the light scheme: chat apps and networks show it on their own backgrounds. */
const { bg, text, muted, accent } = PALETTE.light;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardData {
  /** "Explainer", "Person", "Story"… shown above the headline. */
  kicker: string;
  headline: string;
  /** A native-script name (entities) and its language, set under the headline. */
  native?: { text: string; lang: string } | undefined;
  /** Topic names or a role, in the footer. */
  detail: string;
  /** A formatted date, in the footer (articles). */
  date?: string | undefined;
  siteName: string;
}

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: (CardNode | string)[] | string };
}

const el = (type: string, style: Record<string, string | number>, children: (CardNode | string)[] | string, lang?: string): CardNode => ({
  type,
  props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children, ...(lang ? { lang } : {}) },
});

/** Long headlines get a smaller size so they fit in at most four lines. */
export function headlineSize(headline: string): number {
  const n = [...headline].length;
  if (n <= 50) return 68;
  if (n <= 80) return 58;
  if (n <= 110) return 50;
  return 42;
}

/** Keeps a runaway headline (a 2,000-character title) to what fits, with an ellipsis. */
export function clampText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Ties the last two words together (a no-break space), so the headline's
 * last line is never one word on its own; a last word too long to share a
 * line is left free.
 */
export function withoutOrphan(text: string): string {
  const at = text.lastIndexOf(' ');
  if (at <= 0 || text.length - at > 20) return text;
  return `${text.slice(0, at)}\u00a0${text.slice(at + 1)}`;
}

export function cardTree(card: CardData): CardNode {
  const headline = withoutOrphan(clampText(card.headline, 150));
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'row', backgroundColor: bg, color: text, fontFamily: 'Noto Sans JP, Noto Sans KR' },
    [
      el('div', { width: 24, height: '100%', backgroundColor: accent }, []),
      el('div', { flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '64px 72px 56px 64px' }, [
        el('div', { fontSize: 30, fontWeight: 700, letterSpacing: 1, textTransform: 'uppercase', color: accent }, clampText(card.kicker, 40)),
        el('div', { flexDirection: 'column' }, [
          el('div', { fontSize: headlineSize(headline), fontWeight: 700, lineHeight: 1.18, wordBreak: 'keep-all' }, headline),
          ...(card.native
            ? [el('div', { marginTop: 20, fontSize: 44, fontWeight: 700, color: muted, wordBreak: 'keep-all' }, card.native.text, card.native.lang)]
            : []),
        ]),
        el(
          'div',
          {
            flexDirection: 'row',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
            fontSize: 28,
            color: muted,
            borderTop: `3px solid ${text}`,
            paddingTop: 22,
          },
          [
            el('div', { flexDirection: 'column', maxWidth: 740 }, [
              el('div', {}, clampText(card.detail, 60)),
              ...(card.date ? [el('div', { marginTop: 6 }, card.date)] : []),
            ]),
            el('div', { fontSize: 40, fontWeight: 700, color: text }, card.siteName),
          ],
        ),
      ]),
    ],
  );
}

/** The publisher logo JSON-LD points at: the wordmark on a 600×60 strip (Google's size for news logos). */
export const LOGO_WIDTH = 600;
export const LOGO_HEIGHT = 60;

export function logoTree(siteName: string): CardNode {
  return el('div', { width: LOGO_WIDTH, height: LOGO_HEIGHT, alignItems: 'center', backgroundColor: bg, fontFamily: 'Noto Sans JP' }, [
    el('div', { width: 10, height: LOGO_HEIGHT, backgroundColor: accent, marginRight: 16 }, []),
    el('div', { fontSize: 40, fontWeight: 700, color: text }, siteName),
  ]);
}
