/**
 * sitemap.xml, the Google News sitemap and robots.txt. The sitemap's
 * `lastmod` is honest: an article's modified date (corrections and updates
 * included), a listing's newest such date; pages with no dated content get
 * none. Pure rendering; the lists come from the same data as the pages.
 */
import { getArticles, getAuthors, getEntities, getTopics, type Article } from '../data/articles.ts';
import { getStories } from '../data/stories.ts';
import { groupByYear } from '../domain/articles.ts';
import { isoWithOffset, toInstant } from '../domain/dates.ts';
import { frontPageUrl } from '../domain/pagination.ts';
import { SITE } from '../config/site.ts';
import { urls } from '../domain/urls.ts';

export interface SitemapEntry {
  /** Site-relative path. */
  path: string;
  /** ISO 8601 with offset. */
  lastmod?: string | undefined;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The modified date literal of an article (its publication date if never changed). */
export const modifiedLiteral = (a: Pick<Article, 'publishedAt' | 'updatedAt'>) => a.updatedAt ?? a.publishedAt;

/** The newest modified date among `articles`, as written. */
export function newestModified(articles: readonly Pick<Article, 'publishedAt' | 'updatedAt'>[]): string | undefined {
  let best: string | undefined;
  for (const a of articles) {
    const m = modifiedLiteral(a);
    if (!best || toInstant(m) > toInstant(best)) best = m;
  }
  return best;
}

/** A listing of `articles` at `first` (and its pages 2, 3… at `pageUrl(n)`), each dated by its own articles. */
function listing(articles: readonly Article[], pageUrl: (n: number) => string): SitemapEntry[] {
  const pages = Math.max(1, Math.ceil(articles.length / SITE.listPageSize));
  return Array.from({ length: pages }, (_, i) => {
    const slice = articles.slice(i * SITE.listPageSize, (i + 1) * SITE.listPageSize);
    const lastmod = newestModified(slice);
    return { path: pageUrl(i + 1), lastmod: lastmod && isoWithOffset(lastmod) };
  });
}

const paged = (first: string) => (n: number) => (n === 1 ? first : `${first}${n}/`);

export async function sitemapEntries(standingPages: string[]): Promise<SitemapEntry[]> {
  const [articles, topics, entities, stories, authors] = await Promise.all([getArticles(), getTopics(), getEntities(), getStories(), getAuthors()]);
  const newest = newestModified(articles);
  return [
    ...listing(articles, frontPageUrl),
    ...articles.map((a) => ({ path: urls.article(a.slug), lastmod: isoWithOffset(modifiedLiteral(a)) })),
    { path: urls.topics(), lastmod: newest && isoWithOffset(newest) },
    ...topics.flatMap((t) => listing(t.articles, paged(urls.topic(t.slug)))),
    { path: urls.archive(), lastmod: newest && isoWithOffset(newest) },
    ...groupByYear(articles).flatMap(({ year, articles: list }) => listing(list, (n) => urls.archiveYear(year, n))),
    ...[...entities.values()].flatMap((e) => listing(e.articles, paged(urls.entity(e.slug)))),
    ...[...stories.values()].filter((s) => s.articles.length > 0).map((s) => {
      const lastmod = newestModified(s.articles);
      return { path: urls.story(s.slug), lastmod: lastmod && isoWithOffset(lastmod) };
    }),
    ...[...authors.values()].filter((a) => a.articles.length > 0).flatMap((a) => listing(a.articles, paged(urls.author(a.slug)))),
    { path: urls.search() },
    ...standingPages.map((slug) => ({ path: urls.page(slug) })),
  ];
}

export function renderSitemap(entries: SitemapEntry[], site: URL): string {
  const body = entries
    .map((e) => `  <url><loc>${xml(new URL(e.path, site).href)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Google News takes articles published in the last two days only. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export function newsArticles<T extends Pick<Article, 'published'>>(articles: readonly T[], now: Date): T[] {
  return articles.filter((a) => a.published.getTime() <= now.getTime() && now.getTime() - a.published.getTime() <= NEWS_WINDOW_MS);
}

export function renderNewsSitemap(articles: readonly Pick<Article, 'slug' | 'title' | 'publishedAt'>[], site: URL): string {
  const body = articles
    .map(
      (a) =>
        `  <url><loc>${xml(new URL(urls.article(a.slug), site).href)}</loc><news:news><news:publication><news:name>${xml(SITE.name)}</news:name><news:language>en</news:language></news:publication><news:publication_date>${isoWithOffset(a.publishedAt)}</news:publication_date><news:title>${xml(a.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}${body ? '\n' : ''}</urlset>\n`;
}

export function renderRobots(site: URL): string {
  // Search pages stay crawlable: a shared search link is a page like any other.
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\nSitemap: ${new URL('/news-sitemap.xml', site).href}\n`;
}
