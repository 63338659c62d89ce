/**
 * An explainer's sources and the places its text cites them: numbering,
 * anchors, the way back from the list to the text, and which citations and
 * sources do not match. Pure, so it is unit-tested without a build.
 */

/** A published source as pages show it (content/schemas/source.ts has its fields' rules). */
export interface Publication {
  publisher: string;
  via?: string | undefined;
  title: string;
  lang?: string | undefined;
  translation?: string | undefined;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  url?: string | undefined;
  note?: string | undefined;
}

/** A source an explainer cites, by its id. */
export interface CitedPublication extends Publication {
  id: string;
}

/** Element id of a source's entry in the list. */
export const sourceAnchor = (id: string): string => `source-${id}`;

/** Element id of the k-th marker (from 1) that cites source `id`. */
export const citationAnchor = (id: string, k: number): string => `cite-${id}-${k}`;

/** A place in the text that cites a source, as the Markdown plugin recorded it. */
export interface CitationPlace {
  id: string;
  n: number;
  line: number;
  anchor: string;
  section: string;
}

/** A link from the list back to the text: the first marker of this source in one section. */
export interface Backlink {
  anchor: string;
  /** The section's heading, the link's text. */
  section: string;
}

/** A source with its number and its ways back into the text. */
export interface NumberedSource<S> {
  n: number;
  source: S;
  backlinks: Backlink[];
}

/**
 * The sources in the order the text first cites them, numbered from 1, each
 * with one link back per section that cites it (a source cited three times
 * under one heading gets one link, named by the heading). Uncited sources
 * are left out: the loader refuses them before a page is built.
 */
export function numberSources<S extends { id: string }>(sources: readonly S[], citations: readonly CitationPlace[]): NumberedSource<S>[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const numbered = new Map<string, NumberedSource<S>>();
  for (const c of citations) {
    const source = byId.get(c.id);
    if (!source) continue;
    let entry = numbered.get(c.id);
    if (!entry) numbered.set(c.id, (entry = { n: c.n, source, backlinks: [] }));
    if (!entry.backlinks.some((b) => b.section === c.section)) entry.backlinks.push({ anchor: c.anchor, section: c.section });
  }
  return [...numbered.values()].sort((a, b) => a.n - b.n);
}

/** Citations of ids the front matter does not list, and listed ids the text never cites. */
export function citationMismatches(
  sourceIds: readonly string[],
  citations: readonly Pick<CitationPlace, 'id' | 'line'>[],
): { unknown: Pick<CitationPlace, 'id' | 'line'>[]; uncited: string[] } {
  const listed = new Set(sourceIds);
  const cited = new Set(citations.map((c) => c.id));
  return {
    unknown: citations.filter((c) => !listed.has(c.id)),
    uncited: sourceIds.filter((id) => !cited.has(id)),
  };
}

/** The host a reader will land on, shown beside a linked title ("independent.co.uk"). */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
