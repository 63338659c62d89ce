/**
 * sitemap.xml, the Google News sitemap and robots.txt. The sitemap's
 * `lastmod` is honest: an article's modified date (corrections and updates
 * included), a listing's newest such date; pages with no dated content get
 * none. Pure rendering; the lists come from the same data as the pages.
 */
import { getArticles, type Article } from '../data/articles.ts';
import { getAuthors } from '../data/authors.ts';
import { getEntities } from '../data/entities.ts';
import { getTopics } from '../data/topics.ts';
import { getStories } from '../data/stories.ts';
import { getStandingPages } from '../data/standing-pages.ts';
import { groupByYear, lastChanged, newestChange, type ArticleSummary } from '../domain/articles.ts';
import { isoWithOffset } from '../domain/dates.ts';
import { frontPageUrl, pagedUrl, paginate } from '../domain/pagination.ts';
import { SITE } from '../config/site.ts';
import { urls } from '../domain/urls.ts';

export interface SitemapEntry {
  /** Site-relative path. */
  path: string;
  /** ISO 8601 with offset. */
  lastmod?: string | undefined;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const iso = (d: string) => isoWithOffset(d, SITE.timeZone);

/** Every page of a list of `articles`, each dated by the newest change among its own articles. */
function listing(articles: readonly Article[], pageUrl: (n: number) => string): SitemapEntry[] {
  return paginate(articles, SITE.listPageSize, pageUrl).map((page) => {
    const lastmod = newestChange(page.items, SITE.timeZone);
    return { path: page.url, lastmod: lastmod && iso(lastmod) };
  });
}

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [articles, topics, entities, stories, authors, standing] = await Promise.all([
    getArticles(),
    getTopics(),
    getEntities(),
    getStories(),
    getAuthors(),
    getStandingPages(),
  ]);
  const newest = newestChange(articles, SITE.timeZone);
  return [
    ...listing(articles, frontPageUrl),
    ...articles.map((a) => ({ path: urls.article(a.slug), lastmod: iso(lastChanged(a)) })),
    { path: urls.topics(), lastmod: newest && iso(newest) },
    ...topics.flatMap((t) => listing(t.articles, pagedUrl(urls.topic(t.slug)))),
    { path: urls.archive(), lastmod: newest && iso(newest) },
    ...groupByYear(articles).flatMap(({ year, articles: list }) => listing(list, (n) => urls.archiveYear(year, n))),
    { path: urls.entities(), lastmod: newest && iso(newest) },
    ...[...entities.values()].flatMap((e) => listing(e.articles, pagedUrl(urls.entity(e.slug)))),
    { path: urls.stories(), lastmod: newest && iso(newest) },
    ...[...stories.values()]
      .filter((s) => s.articles.length > 0)
      .map((s) => {
        const lastmod = newestChange(s.articles, SITE.timeZone);
        return { path: urls.story(s.slug), lastmod: lastmod && iso(lastmod) };
      }),
    ...[...authors.values()].filter((a) => a.articles.length > 0).flatMap((a) => listing(a.articles, pagedUrl(urls.author(a.slug)))),
    { path: urls.search() },
    ...standing.map((p) => ({ path: urls.page(p.id) })),
  ];
}

export function renderSitemap(entries: SitemapEntry[], site: URL): string {
  const body = entries.map((e) => `  <url><loc>${xml(new URL(e.path, site).href)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Google News takes articles published in the last two days only. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export function newsArticles<T extends Pick<ArticleSummary, 'published'>>(articles: readonly T[], now: Date): T[] {
  return articles.filter((a) => a.published.getTime() <= now.getTime() && now.getTime() - a.published.getTime() <= NEWS_WINDOW_MS);
}

export function renderNewsSitemap(articles: readonly Pick<ArticleSummary, 'slug' | 'title' | 'publishedAt'>[], site: URL): string {
  const body = articles
    .map(
      (a) =>
        `  <url><loc>${xml(new URL(urls.article(a.slug), site).href)}</loc><news:news><news:publication><news:name>${xml(SITE.name)}</news:name><news:language>en</news:language></news:publication><news:publication_date>${iso(a.publishedAt)}</news:publication_date><news:title>${xml(a.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}${body ? '\n' : ''}</urlset>\n`;
}

export function renderRobots(site: URL): string {
  // Search pages stay crawlable: a shared search link is a page like any other.
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\nSitemap: ${new URL('/news-sitemap.xml', site).href}\n`;
}
