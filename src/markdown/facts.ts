/**
 * What our Markdown plugins learn about an article while rendering it, and
 * hand on to the loader's checks and to the pages: entity mentions, timeline
 * entries, links, reading time. Astro keeps them with the rendered entry (as
 * `metadata.frontmatter`), so they are computed once per file, not per page.
 *
 * Plugins write through recordFacts and everything else reads through
 * readFacts: the one place where the untyped channel is given a type.
 */
import type { VFile } from 'vfile';
import type { TimelineFact } from '../domain/timeline.ts';

/** A mention of an entity, with its body line, so an unknown slug is reported at file:line. */
export interface EntityMention {
  slug: string;
  line: number;
}

/** A link from one explainer to another, for the cross-article check. */
export interface ArticleLink {
  slug: string;
  /** Heading id after #, if any. */
  fragment?: string | undefined;
  /** Body line of the link. */
  line: number;
  /** As the editor wrote it. */
  href: string;
}

/** Another link inside the site (not to an explainer): checked against the site's routes. */
export interface SiteLink {
  href: string;
  line: number;
}

/** One source id cited at one place in the text (`:cite[id]`). */
export interface Citation {
  /** The source's id in front matter. */
  id: string;
  /** Its number in the source list: the order of first citation, from 1. */
  n: number;
  /** Body line of the marker. */
  line: number;
  /** The marker's element id, which the source list links back to. */
  anchor: string;
  /** The text of the level-2 heading the marker sits under ("Opening" before the first). */
  section: string;
}

export interface MarkdownFacts {
  /** Every `:entity[…]{#slug}` mention, in document order. */
  entityMentions: EntityMention[];
  /** Every entry of the article's `:::timeline` blocks, in order. */
  timeline: TimelineFact[];
  /** Every `:cite[…]` of a source, in document order. */
  citations: Citation[];
  /** Dated sentences (`:date[2024-01-15]` in prose), for entity timelines. */
  events: TimelineFact[];
  /** Links to other explainers. */
  articleLinks: ArticleLink[];
  /** Other links inside the site. */
  siteLinks: SiteLink[];
  /** The -ize spellings of the body's British -ise words, for the search index. */
  spellingVariants: string[];
  /** Words in the body, CJK characters counted one each (domain/reading-time.ts). */
  wordCount: number;
  /** Whole minutes, at least 1. */
  readingMinutes: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Links found in raw HTML (remark-raw-html-policy), checked like Markdown links (remark-article-links). */
    rawHtmlLinks: SiteLink[];
  }
}

/** Records facts about the article being rendered (called by our plugins). */
export function recordFacts(file: VFile, facts: Partial<MarkdownFacts>): void {
  const astro = (file.data.astro ??= {});
  astro.frontmatter = { ...(astro.frontmatter ?? {}), ...facts };
}

/** The facts of a rendered entry (its `rendered.metadata`), with empty defaults for an entry that has none. */
export function readFacts(metadata: Record<string, unknown> | undefined): MarkdownFacts {
  const found = (metadata?.['frontmatter'] ?? {}) as Partial<MarkdownFacts>;
  return {
    entityMentions: found.entityMentions ?? [],
    timeline: found.timeline ?? [],
    citations: found.citations ?? [],
    events: found.events ?? [],
    articleLinks: found.articleLinks ?? [],
    siteLinks: found.siteLinks ?? [],
    spellingVariants: found.spellingVariants ?? [],
    wordCount: found.wordCount ?? 0,
    readingMinutes: found.readingMinutes ?? 1,
  };
}

/** The names of the facts, so a cache key can tell facts from front matter. */
export const FACT_NAMES: readonly (keyof MarkdownFacts)[] = [
  'entityMentions',
  'timeline',
  'citations',
  'events',
  'articleLinks',
  'siteLinks',
  'spellingVariants',
  'wordCount',
  'readingMinutes',
];
