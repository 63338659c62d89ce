/**
 * JSON-LD for articles and breadcrumbs, typed with schema-dts so a wrong
 * property fails `astro check`, and shaped to Google's rules for NewsArticle
 * (dates with time zones, author Person with url, publisher Organization).
 */
import type { BreadcrumbList, CorrectionComment, CreativeWork, NewsArticle, WithContext } from 'schema-dts';
import { SITE } from '../config/site.ts';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  /** Absolute URL of the share image. */
  image: string;
  /** ISO 8601 with offset. */
  published: string;
  modified: string;
  authors: { name: string; url: string }[];
  section: string;
  keywords: string[];
  corrections: { date: string; text: string }[];
  /** The sources the text cites, in the order of its source list. */
  citations: { publisher: string; title: string; lang?: string | undefined; date?: string | undefined; url?: string | undefined }[];
  siteUrl: string;
}

export function newsArticleLd(a: NewsArticleInput): WithContext<NewsArticle> {
  const corrections: CorrectionComment[] = a.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date }));
  const citations: CreativeWork[] = a.citations.map((c) => ({
    '@type': 'CreativeWork',
    name: c.title,
    publisher: { '@type': 'Organization', name: c.publisher },
    ...(c.date ? { datePublished: c.date } : {}),
    ...(c.lang ? { inLanguage: c.lang } : {}),
    ...(c.url ? { url: c.url } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline,
    description: a.description,
    image: [a.image],
    datePublished: a.published,
    dateModified: a.modified,
    author: a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: p.url })),
    publisher: {
      '@type': 'Organization',
      name: SITE.name,
      url: a.siteUrl,
      logo: { '@type': 'ImageObject', url: new URL('/logo.png', a.siteUrl).href, width: '600', height: '60' },
    },
    articleSection: a.section,
    keywords: a.keywords.join(', '),
    inLanguage: 'en',
    ...(corrections.length ? { correction: corrections } : {}),
    ...(citations.length ? { citation: citations } : {}),
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` are
 * escaped so no text (a headline with "</script>" in it) can end the script.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
