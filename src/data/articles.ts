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
import { oncePerBuild } from './once-per-build.ts';

export interface Article extends ArticleSummary {
  entry: CollectionEntry<'articles'>;
  /** What the Markdown plugins found in its body: mentions, timeline, links, reading time. */
  facts: MarkdownFacts;
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
    return { ...toSummary(entry.id, entry.data, SITE.timeZone), entry, facts: readFacts(entry.rendered.metadata) };
  });
  const shown = import.meta.env.DEV ? all : all.filter((a) => isPublished(a, at));
  return newestFirst(shown);
});
