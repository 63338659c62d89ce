/**
 * What a page tells browsers, link unfurlers, search engines and feed
 * readers: every tag of its <head> after the charset and viewport, as data,
 * in order. A route says what is particular to its page (HeadInput);
 * resolveHead adds what every page carries (canonical URL, share card, the
 * site's feeds, theme colours). headTags is pure, so each page type's tags
 * are unit-tested; components/HeadMeta.astro only renders them.
 */
import { SITE } from '../config/site.ts';
import { FEED_FORMATS, type FeedFormat } from '../domain/feed-formats.ts';
import { urls } from '../domain/urls.ts';
import { PALETTE } from '../styles/palette.ts';
import { getShareCards, SITE_CARD_SLUG } from '../sharing/share-cards.ts';

export interface ShareImage {
  /** Absolute URL of the 1200×630 PNG. */
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface ArticleMeta {
  /** ISO 8601 with offset. */
  published: string;
  /** ISO 8601 with offset: the latest of updatedAt, corrections and updates. */
  modified: string;
  /** The first topic's name. */
  section: string;
  /** Every topic's name. */
  tags: string[];
}

export interface FeedLink {
  type: FeedFormat['type'];
  title: string;
  href: string;
}

/** What a route says about its page's head. */
export interface HeadInput {
  /** Page title without the site name. Omit on the home page. */
  title?: string | undefined;
  /** Meta description: what a reader finds on this page. */
  description: string;
  /** Keep this page out of search engines (e.g. the 404 page). */
  noindex?: boolean | undefined;
  /** Neighbouring pages of a paginated list, announced with rel=prev/next. */
  prev?: string | undefined;
  next?: string | undefined;
  /** Site-relative URL of this page's share card (/og/…); the site's own card when omitted. */
  shareImage?: string | undefined;
  /** Open Graph article facts (article pages). */
  article?: ArticleMeta | undefined;
  /** This page's own feeds (topic and story pages), besides the site-wide ones. */
  feeds?: FeedLink[] | undefined;
  /** JSON-LD objects (NewsArticle, BreadcrumbList). */
  jsonLd?: unknown[] | undefined;
}

/** Everything the head shows. */
export interface HeadData {
  /** Full document title, site name included. */
  title: string;
  description: string;
  /** Absolute canonical URL; also og:url. */
  canonical: string;
  noindex: boolean;
  image: ShareImage;
  article?: ArticleMeta | undefined;
  feeds: FeedLink[];
  jsonLd: unknown[];
  prev?: string | undefined;
  next?: string | undefined;
}

export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; attrs: Record<string, string> }
  | { tag: 'link'; attrs: Record<string, string> }
  | { tag: 'json-ld'; data: unknown };

/** The feeds of a page at `path` (site-wide ones at "/", a topic's or story's under its URL). */
export function feedLinks(path: string, label: string): FeedLink[] {
  const base = path.endsWith('/') ? path : `${path}/`;
  return FEED_FORMATS.map((f) => ({ type: f.type, title: `${label} (${f.label})`, href: `${base}${f.file}` }));
}

/** The full head of the page at `pathname`: the route's input plus what every page carries. */
export async function resolveHead(input: HeadInput, pathname: string, site: URL): Promise<HeadData> {
  const cards = await getShareCards();
  const card = cards.get(input.shareImage ?? urls.shareImage('site', SITE_CARD_SLUG));
  if (!card) throw new Error(`${pathname}: no share card at ${input.shareImage}. Fix: use urls.shareImage() for a published article, entity or story.`);
  return {
    title: input.title ? `${input.title} · ${SITE.name}` : `${SITE.name}: ${SITE.tagline}`,
    description: input.description,
    canonical: new URL(pathname, site).href,
    noindex: input.noindex ?? false,
    image: { url: new URL(card.path, site).href, alt: card.alt, width: card.width, height: card.height },
    article: input.article,
    feeds: [...(input.feeds ?? []), ...feedLinks(urls.home(), `${SITE.name}: all explainers`)],
    jsonLd: input.jsonLd ?? [],
    prev: input.prev,
    next: input.next,
  };
}

export function headTags(page: HeadData): HeadTag[] {
  const tags: HeadTag[] = [{ tag: 'title', text: page.title }];
  const name = (n: string, content: string) => tags.push({ tag: 'meta', attrs: { name: n, content } });
  const prop = (p: string, content: string) => tags.push({ tag: 'meta', attrs: { property: p, content } });
  const link = (attrs: Record<string, string>) => tags.push({ tag: 'link', attrs });
  name('description', page.description);
  if (page.noindex) name('robots', 'noindex');
  else {
    link({ rel: 'canonical', href: page.canonical });
    // Let search engines show the large share image and full snippets.
    name('robots', 'index, follow, max-image-preview:large, max-snippet:-1');
  }
  prop('og:site_name', SITE.name);
  prop('og:locale', SITE.locale.replace('-', '_'));
  prop('og:type', page.article ? 'article' : 'website');
  prop('og:title', page.title);
  prop('og:description', page.description);
  prop('og:url', page.canonical);
  prop('og:image', page.image.url);
  prop('og:image:type', 'image/png');
  prop('og:image:width', String(page.image.width));
  prop('og:image:height', String(page.image.height));
  prop('og:image:alt', page.image.alt);
  if (page.article) {
    prop('article:published_time', page.article.published);
    prop('article:modified_time', page.article.modified);
    prop('article:section', page.article.section);
    for (const t of page.article.tags) prop('article:tag', t);
  }
  name('twitter:card', 'summary_large_image');
  name('twitter:title', page.title);
  name('twitter:description', page.description);
  name('twitter:image', page.image.url);
  name('twitter:image:alt', page.image.alt);
  for (const f of page.feeds) link({ rel: 'alternate', type: f.type, title: f.title, href: f.href });
  for (const data of page.jsonLd) tags.push({ tag: 'json-ld', data });
  name('color-scheme', 'light dark');
  tags.push({ tag: 'meta', attrs: { name: 'theme-color', content: PALETTE.light.bg, media: '(prefers-color-scheme: light)' } });
  tags.push({ tag: 'meta', attrs: { name: 'theme-color', content: PALETTE.dark.bg, media: '(prefers-color-scheme: dark)' } });
  link({ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' });
  if (page.prev) link({ rel: 'prev', href: page.prev });
  if (page.next) link({ rel: 'next', href: page.next });
  return tags;
}
