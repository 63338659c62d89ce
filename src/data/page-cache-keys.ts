import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { getArticles } from './articles.ts';
import { getStandingPages } from './standing-pages.ts';
import { oncePerBuild } from './once-per-build.ts';
import { SITE } from '../config/site.ts';
import type { MarkdownFacts } from '../markdown/facts.ts';

/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild):
 * a page is copied from the last build, not rendered, when its key and its
 * code are unchanged. A key must therefore change whenever anything the page
 * shows changes, or a stale page ships.
 *
 * The rule here is deliberately coarse: every page's key contains the
 * *site key*, a hash of everything one page may show about another — every
 * published article's front matter and what its Markdown render found
 * (entity mentions, timeline entries…), every entity,
 * author, story, topic and standing page (front matter and body), the site
 * settings and URL. An article page adds its own file's digest, which covers
 * its body, and a feed the digests of the explainers it carries
 * (outputs/feeds.ts). So an edit to one article's body re-renders that
 * article and the feeds that carry it (plus the pages that never have a
 * key: home, sitemaps, search);
 * any other change re-renders everything, as a cold build would.
 * tests/build/incremental.test.ts proves both against a cold build, byte for byte.
 */
export const getSiteKey = oncePerBuild(async (): Promise<string> => {
  const [articles, entities, authors, stories, topics, pages] = await Promise.all([
    getArticles(),
    getCollection('entities'),
    getCollection('authors'),
    getCollection('stories'),
    getCollection('topics'),
    getStandingPages(),
  ]);
  const hash = createHash('sha256');
  const add = (value: unknown) => hash.update(JSON.stringify(value) ?? 'undefined').update('\n');
  add({ site: import.meta.env.SITE, settings: SITE });
  for (const a of articles) add({ id: a.entry.id, data: a.entry.data, found: crossPageFacts(a.facts) });
  for (const e of [...entities, ...authors, ...stories, ...topics, ...pages]) add({ collection: e.collection, id: e.id, digest: e.digest, data: e.data });
  return hash.digest('hex');
});

/**
 * What an article's render found that other pages show: all of it but the
 * reading stats, which only the article's own page shows (its key has the
 * file digest). Leaving them out is what lets a one-sentence edit re-render
 * one page instead of all.
 */
function crossPageFacts(facts: MarkdownFacts): Omit<MarkdownFacts, 'wordCount' | 'readingMinutes'> {
  const { wordCount: _words, readingMinutes: _minutes, ...rest } = facts;
  return rest;
}

/** A page's key: the site key plus whatever is the page's own (e.g. its article file's digest). */
export async function pageKey(...own: (string | undefined)[]): Promise<string> {
  return createHash('sha256')
    .update(await getSiteKey())
    .update(JSON.stringify(own))
    .digest('hex')
    .slice(0, 32);
}
