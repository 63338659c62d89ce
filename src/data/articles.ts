/**
 * The published explainers, loaded once per build. This folder (src/data/)
 * is the only one that imports `astro:content`; everything else gets plain
 * data from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, newestFirst, toSummary, type ArticleSummary } from '../domain/articles.ts';
import { SITE, now } from '../config/site.ts';
import { readFacts, type MarkdownFacts } from '../markdown/facts.ts';
import { contentError } from '../content/content-error.ts';
import { smartText } from '../markdown/typography.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface Article extends ArticleSummary {
  entry: CollectionEntry<'articles'>;
  /** What the Markdown plugins found in its body: mentions, timeline, links, reading time. */
  facts: MarkdownFacts;
}

/** A source an explainer lists (content/schemas/source.ts). */
export type Source = CollectionEntry<'articles'>['data']['sources'][number];

/** A source's title, translation and note with the house typography. */
export function typesetSource<S extends { title: string; translation?: string | undefined; note?: string | undefined }>(s: S): S {
  return { ...s, title: smartText(s.title), translation: s.translation && smartText(s.translation), note: s.note && smartText(s.note) };
}

/**
 * Every article the build publishes, newest first. In `npm run dev` drafts
 * and future-dated articles are included, so editors can preview them.
 */
export const getArticles = oncePerBuild(async (): Promise<Article[]> => {
  const at = now();
  const entries = await getCollection('articles');
  const all = entries.map((entry) => {
    // The loader stores only entries that rendered; one without a body would ship empty.
    if (!entry.rendered) {
      throw contentError(
        `${entry.filePath ?? entry.id}: the Markdown body was not rendered.`,
        'Run the build again; if it persists, delete node_modules/.astro (the content cache).',
      );
    }
    // Front-matter text gets the body's typography (curly quotes, dashes).
    const d = entry.data;
    const typeset = {
      ...d,
      title: smartText(d.title),
      description: smartText(d.description),
      corrections: d.corrections.map((c) => ({ ...c, text: smartText(c.text) })),
      updates: d.updates.map((u) => ({ ...u, text: smartText(u.text) })),
      sources: d.sources.map(typesetSource),
    };
    return { ...toSummary(entry.id, typeset, SITE.timeZone), entry: { ...entry, data: typeset }, facts: readFacts(entry.rendered.metadata) };
  });
  const shown = import.meta.env.DEV ? all : all.filter((a) => isPublished(a, at));
  return newestFirst(shown);
});
