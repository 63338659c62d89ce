/**
 * Post-build verification over dist/ alone: every published article has its
 * page, its search record, its sitemap entry and its place in every feed
 * window that should hold it; every internal link and #fragment resolves.
 * Returns counts and every gap, so one run names everything that is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { brokenLinks } from './internal-links.ts';
import { articlePage, siteFacts, UNRESOLVED_IMAGE, type PageFacts } from './page-facts.ts';
import type { Manifest } from '../manifest.ts';
import { FEED_FORMATS, type FeedFile } from '../../domain/feed-formats.ts';
import { urls } from '../../domain/urls.ts';
import { SHARDS_FILE, type ShardList } from '../../domain/search-shards.ts';

export interface Verification {
  counts: Record<string, number>;
  problems: string[];
}

/** Page URLs of one Pagefind index folder (each fragment is gzipped JSON after a "pagefind_dcd" signature). */
export function fragmentUrls(indexDir: string): Set<string> {
  const urls = new Set<string>();
  const dir = join(indexDir, 'fragment');
  if (!existsSync(dir)) return urls;
  for (const f of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    urls.add((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
  }
  return urls;
}

/**
 * Page URLs in the search index as the browser merges it: every shard that
 * shards.json lists. A page in a shard the list leaves out is not
 * searchable, so it does not count. (The newest explainers' own index holds
 * pages of the shards again.)
 */
export function indexedUrls(outDir: string): Set<string> {
  const root = join(outDir, 'pagefind');
  const listFile = join(root, SHARDS_FILE);
  const list: ShardList = existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as ShardList) : { shards: [] };
  return new Set(list.shards.flatMap((shard) => [...fragmentUrls(join(root, shard.dir))]));
}

/** `pages`: the facts of every page of outDir (page-facts.ts), read now unless given. */
export function verifySite(
  outDir: string,
  manifest: Manifest,
  site: URL,
  pages: ReadonlyMap<string, PageFacts> = siteFacts(outDir, site.origin),
): Verification {
  const problems: string[] = [];
  const article = urls.article;

  // Pages.
  let articlePages = 0;
  for (const slug of manifest.articles) {
    const facts = pages.get(articlePage(slug));
    if (!facts?.articleBody) problems.push(`${article(slug)}: no article page in dist/`);
    else articlePages++;
    // A figure whose image Astro never resolved ships as an attribute, not an image.
    if (facts?.unresolvedImage) {
      problems.push(
        `${article(slug)}: a figure's image was not processed (Astro's placeholder ${UNRESOLVED_IMAGE} is in the page). Fix: build again; if it stays, delete the cache folder and .astro/ and build from cold.`,
      );
    }
  }

  // Search index.
  const indexed = indexedUrls(outDir);
  const notIndexed = manifest.articles.filter((s) => !indexed.has(article(s)));
  for (const s of notIndexed) problems.push(`${article(s)}: not in the search index`);

  // Sitemap.
  const sitemapFile = join(outDir, 'sitemap.xml');
  const sitemap = existsSync(sitemapFile)
    ? new Set([...readFileSync(sitemapFile, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname))
    : new Set<string>();
  if (!existsSync(sitemapFile)) problems.push('sitemap.xml: missing');
  for (const s of manifest.articles) if (!sitemap.has(article(s))) problems.push(`${article(s)}: not in sitemap.xml`);

  // Feeds: each of the three formats holds exactly its window.
  let feedEntries = 0;
  for (const feed of manifest.feeds) {
    const ids = (format: string, pattern: RegExp) => {
      const file = join(outDir, `${feed.path.slice(1)}${format}`);
      if (!existsSync(file)) {
        problems.push(`${feed.path}${format}: missing`);
        return [];
      }
      return [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => new URL(m[1]!).pathname);
    };
    // The id each format gives an entry.
    const ID: Record<FeedFile, RegExp> = {
      'rss.xml': /<guid[^>]*>([^<]+)<\/guid>/g,
      'atom.xml': /<entry>\s*<title[^>]*>[\s\S]*?<id>([^<]+)<\/id>/g,
      'feed.json': /"id": "([^"]+)"/g,
    };
    const formats = FEED_FORMATS.map((f) => [f.file, ids(f.file, ID[f.file]).filter((p) => p.startsWith(article('').slice(0, -1)))] as const);
    for (const [format, found] of formats) {
      for (const s of feed.slugs) if (!found.includes(article(s))) problems.push(`${feed.path}${format}: missing ${article(s)}`);
      feedEntries += found.length;
    }
  }

  // Internal links and fragments, on the site's own origin.
  const broken = brokenLinks(outDir, pages);
  for (const b of broken) problems.push(`${b.page}: ${b.href}: ${b.reason}`);

  return {
    counts: {
      articles: manifest.articles.length,
      pages: articlePages,
      indexed: indexed.size,
      'sitemap URLs': sitemap.size,
      feeds: manifest.feeds.length * FEED_FORMATS.length,
      'feed entries': feedEntries,
    },
    problems,
  };
}
