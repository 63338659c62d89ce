/** A heading of a rendered article (Astro's MarkdownHeading has this shape). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Headings that label a box (key points, footnotes), not a part of the text. */
export const NOT_SECTIONS: ReadonlySet<string> = new Set(['key-points', 'footnote-label']);

/**
 * A table of contents from this many destinations (sections, and the source
 * list): three is where jumping beats scrolling, and the contents cost a
 * folded line on a phone and nothing on a wide screen, where they stand
 * beside the text. Decided by headings, so a long explainer always has one.
 */
export const TOC_MIN_SECTIONS = 3;

/**
 * The table of contents of an article: its H2s with their H3s, or null when
 * the article has too few sections to need one.
 */
export function tocEntries(headings: readonly Heading[]): TocEntry[] | null {
  const entries: TocEntry[] = [];
  for (const h of headings) {
    if (NOT_SECTIONS.has(h.slug)) continue;
    if (h.depth === 2) entries.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3 && entries.length) entries.at(-1)!.children.push({ slug: h.slug, text: h.text });
  }
  return entries.length >= TOC_MIN_SECTIONS ? entries : null;
}
