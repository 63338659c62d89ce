/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site, each topic and each
 * story, written by the `feed` library (which gets each format's required
 * fields and date forms right: RFC 822 in RSS, RFC 3339 in Atom and JSON).
 */
import { Feed } from 'feed';
import { getArticles, type Article } from '../data/articles.ts';
import { getTopics, getTopicNames } from '../data/topics.ts';
import { getAuthors } from '../data/authors.ts';
import { topicNameFromSlug } from '../domain/labels.ts';
import { getStories } from '../data/stories.ts';
import { articleHtmlForFeeds } from './feed-article-html.ts';
import { toInstant } from '../domain/dates.ts';
import { lastChanged } from '../domain/articles.ts';
import { FEED_FORMATS, FEED_SIZE, type FeedFile } from '../domain/feed-formats.ts';
import { SITE } from '../config/site.ts';
import { urls } from '../domain/urls.ts';
import { SITE_CARD_SLUG } from '../sharing/share-cards.ts';
import { pageKey } from '../data/page-cache-keys.ts';

export interface FeedScope {
  /** The page the feed belongs to ("/", "/topics/japan/", "/stories/x/"). */
  path: string;
  title: string;
  description: string;
  /** Its explainers, newest first. */
  articles: Article[];
}

/** Every feed scope the site has: the site, each topic, each story. */
export async function getFeedScopes(): Promise<FeedScope[]> {
  const [articles, topics, stories] = await Promise.all([getArticles(), getTopics(), getStories()]);
  return [
    { path: '/', title: `${SITE.name}: all explainers`, description: `${SITE.tagline}.`, articles },
    ...topics.map((t) => ({
      path: urls.topic(t.slug),
      title: `${t.name}: ${SITE.name} explainers`,
      description: `${SITE.name} explainers on ${t.name}.`,
      articles: t.articles,
    })),
    ...[...stories.values()].map((s) => ({
      path: urls.story(s.slug),
      title: `${s.title}: ${SITE.name} story`,
      description: s.description,
      // Stories list oldest first on their page; feeds are newest first.
      articles: [...s.articles].reverse(),
    })),
  ];
}

/**
 * A feed's cache key (data/page-cache-keys.ts): the site key, which covers
 * every front matter and every setting a feed shows, plus the file digest
 * of each explainer whose body it carries. An edit to one body re-renders
 * only the feeds that carry it.
 */
export function feedKey(scope: FeedScope): Promise<string> {
  return pageKey('feed', ...scope.articles.slice(0, FEED_SIZE).map((a) => String(a.entry.digest)));
}

const instant = (d: string) => toInstant(d, SITE.timeZone);
const modified = (a: Article) => instant(lastChanged(a));

/**
 * `format` matters for one field: RSS has a single item date, pubDate, which
 * is the publication date; Atom and JSON Feed carry both, and their main date
 * is the modified one.
 */
export async function buildFeed(scope: FeedScope, site: URL, format: FeedFile): Promise<Feed> {
  const [authors, topics] = await Promise.all([getAuthors(), getTopicNames()]);
  const names = { author: (slug: string) => authors.get(slug)?.name ?? slug, topic: (slug: string) => topics.get(slug) ?? topicNameFromSlug(slug) };
  const abs = (path: string) => new URL(path, site).href;
  const items = scope.articles.slice(0, FEED_SIZE);
  const feed = new Feed({
    title: scope.title,
    description: scope.description,
    id: abs(scope.path),
    link: abs(scope.path),
    language: 'en',
    image: abs(urls.shareImage('site', SITE_CARD_SLUG)),
    favicon: abs('/favicon.svg'),
    copyright: `© ${SITE.name}`,
    updated: items.length ? new Date(Math.max(...items.map((a) => modified(a).getTime()))) : new Date(0),
    generator: SITE.name,
    feedLinks: Object.fromEntries(FEED_FORMATS.map((f) => [f.key, abs(`${scope.path}${f.file}`)])),
  });
  for (const a of items) {
    const url = abs(urls.article(a.slug));
    feed.addItem({
      title: a.title,
      id: url, // stable: an article's URL never changes (old slugs redirect)
      link: url,
      description: a.description,
      content: await articleHtmlForFeeds(a, site),
      date: format === 'rss.xml' ? instant(a.publishedAt) : modified(a),
      published: instant(a.publishedAt),
      author: a.authors.map((slug) => ({ name: names.author(slug), link: abs(urls.author(slug)) })),
      category: a.topics.map((t) => ({ name: names.topic(t), term: t, domain: abs(urls.topic(t)) })),
      image: abs(urls.shareImage('article', a.slug)),
    });
  }
  return feed;
}

export function renderFeed(feed: Feed, format: FeedFile): string {
  if (format === 'rss.xml') return feed.rss2();
  if (format === 'atom.xml') return feed.atom1();
  return toJsonFeed11(feed.json1());
}

/**
 * The `feed` library writes JSON Feed 1.0; 1.1 renames `author` to an
 * `authors` list and adds `language`. Everything else is the same.
 */
export function toJsonFeed11(json: string): string {
  const data = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const authorsOf = (o: Record<string, unknown>) => {
    if (o['author'] === undefined) return;
    o['authors'] = Array.isArray(o['author']) ? o['author'] : [o['author']];
    delete o['author'];
  };
  authorsOf(data);
  data.items.forEach(authorsOf);
  const { version: _old, ...rest } = data;
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', ...rest, language: 'en' }, null, 2);
}
