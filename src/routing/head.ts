/**
 * What a page tells link unfurlers, search engines and feed readers: the
 * <head> tags of every page, as data. Pure, so each page type's tags are
 * unit-tested; src/components/HeadMeta.astro only renders them.
 */
import { SITE } from '../config/site.ts';

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
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  title: string;
  href: string;
}

export interface PageMeta {
  /** Full document title, site name included. */
  title: string;
  description: string;
  /** Absolute canonical URL; also og:url. */
  canonical: string;
  noindex?: boolean;
  image?: ShareImage | undefined;
  article?: ArticleMeta | undefined;
  feeds: FeedLink[];
}

export type HeadTag =
  | { tag: 'meta'; attrs: { name: string; content: string } }
  | { tag: 'meta'; attrs: { property: string; content: string } }
  | { tag: 'link'; attrs: Record<string, string> };

/** The feeds of a page at `path` (site-wide ones at "/", a topic's or story's under its URL). */
export function feedLinks(path: string, label: string): FeedLink[] {
  const base = path.endsWith('/') ? path : `${path}/`;
  return [
    { type: 'application/rss+xml', title: `${label} (RSS)`, href: `${base}rss.xml` },
    { type: 'application/atom+xml', title: `${label} (Atom)`, href: `${base}atom.xml` },
    { type: 'application/feed+json', title: `${label} (JSON Feed)`, href: `${base}feed.json` },
  ];
}

export function headTags(page: PageMeta): HeadTag[] {
  const tags: HeadTag[] = [];
  const name = (n: string, content: string) => tags.push({ tag: 'meta', attrs: { name: n, content } });
  const prop = (p: string, content: string) => tags.push({ tag: 'meta', attrs: { property: p, content } });
  if (page.noindex) name('robots', 'noindex');
  else {
    tags.push({ tag: 'link', attrs: { rel: 'canonical', href: page.canonical } });
    // Let search engines show the large share image and full snippets.
    name('robots', 'index, follow, max-image-preview:large, max-snippet:-1');
  }
  prop('og:site_name', SITE.name);
  prop('og:locale', SITE.locale.replace('-', '_'));
  prop('og:type', page.article ? 'article' : 'website');
  prop('og:title', page.title);
  prop('og:description', page.description);
  prop('og:url', page.canonical);
  if (page.image) {
    prop('og:image', page.image.url);
    prop('og:image:type', 'image/png');
    prop('og:image:width', String(page.image.width));
    prop('og:image:height', String(page.image.height));
    prop('og:image:alt', page.image.alt);
  }
  if (page.article) {
    prop('article:published_time', page.article.published);
    prop('article:modified_time', page.article.modified);
    prop('article:section', page.article.section);
    for (const t of page.article.tags) prop('article:tag', t);
  }
  name('twitter:card', page.image ? 'summary_large_image' : 'summary');
  name('twitter:title', page.title);
  name('twitter:description', page.description);
  if (page.image) {
    name('twitter:image', page.image.url);
    name('twitter:image:alt', page.image.alt);
  }
  for (const f of page.feeds) tags.push({ tag: 'link', attrs: { rel: 'alternate', type: f.type, title: f.title, href: f.href } });
  return tags;
}
