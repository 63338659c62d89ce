/**
 * Everything an article page shows, assembled from the build's data: the
 * head (Open Graph article facts, JSON-LD), the byline, the search index's
 * filters, the story and related explainers. The page
 * (pages/articles/[slug].astro) only lays it out.
 */
import { isoWithOffset, toInstant } from '../domain/dates.ts';
import { shardDay } from '../domain/search-shards.ts';
import { lastChanged } from '../domain/articles.ts';
import { urls } from '../domain/urls.ts';
import { numberSources, type NumberedSource } from '../domain/sources.ts';
import { SITE } from '../config/site.ts';
import type { Article, Source } from '../data/articles.ts';
import { getAuthors } from '../data/authors.ts';
import { getEntities, mentionedEntities } from '../data/entities.ts';
import { getRedirects } from '../data/redirects.ts';
import { getRelated } from '../data/related.ts';
import { getStories, type Story } from '../data/stories.ts';
import { getTopicNames } from '../data/topics.ts';
import { getArticles } from '../data/articles.ts';
import { bodyHtml, renderBody } from '../data/render.ts';
import { pageKey } from '../data/page-cache-keys.ts';
import { noteRendered } from '../build/render-journal.ts';
import { expectArticlePages } from '../build/search-index-stream.ts';
import { fillCardSlots } from '../markdown/mention-cards.ts';
import { pagefindFilterValues, pagefindMeta } from '../search/index-attributes.ts';
import type { HeadInput } from './head.ts';
import { reportErrorLink, type ReportErrorLink } from './report-error.ts';
import { breadcrumbLd, newsArticleLd } from './structured-data.ts';

export type ArticleProps = { article: Article; redirect?: false } | { article: Article; redirect: true };

/** One page per published article, and a redirect page at each old slug; cacheKeys for incremental builds (data/page-cache-keys.ts). */
export async function getArticlePaths() {
  const [articles, redirects] = await Promise.all([getArticles(), getRedirects()]);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  // A build indexes article pages as they render (build/search-index-stream.ts): it plans the shards from these, as the index step does from the manifest.
  if (import.meta.env.PROD) expectArticlePages(articles.map((a) => ({ slug: a.slug, day: shardDay(toInstant(a.publishedAt, SITE.timeZone).toISOString()) })));
  return [
    ...(await Promise.all(
      articles.map(async (article) => ({
        params: { slug: article.slug },
        props: { article } as ArticleProps,
        cacheKey: await pageKey(String(article.entry.digest)),
      })),
    )),
    ...(await Promise.all(
      redirects.map(async (r) => ({
        params: { slug: r.from },
        props: { article: bySlug.get(r.to)!, redirect: true } as ArticleProps,
        cacheKey: await pageKey('redirect'),
      })),
    )),
  ];
}

export interface ArticleRoute {
  head: HeadInput;
  article: Article;
  /** The topics and byline, with display names. */
  topics: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  readingMinutes: number;
  /** Absolute canonical URL, for the share bar. */
  url: string;
  /** The body (images through Astro's pipeline) and its headings. */
  body: Awaited<ReturnType<typeof renderBody>>;
  /** The body's headings and, after them, the source list's. */
  tocHeadings: { depth: number; slug: string; text: string }[];
  /** The sources, numbered in the order the text first cites them, with their ways back into the text. */
  sources: NumberedSource<Source>[];
  /** Fills the body's context-card slots with the entities' current text. */
  withCards: (html: string) => string;
  /** `data-pagefind-filter` and `data-pagefind-meta` values for the search index. */
  searchFilters: string[];
  searchMeta: string[];
  story: Story | undefined;
  related: Article[];
  reportError: ReportErrorLink;
}

/**
 * The parts of the native names the article writes: of every entity it
 * mentions whose native name has parts and appears in the body.
 */
function writtenNameParts(
  article: Article,
  entities: Map<string, { native?: { text: string; parts?: string[] | undefined } | undefined }>,
  html: string,
): string[] {
  return mentionedEntities(article).flatMap((slug) => {
    const native = entities.get(slug)?.native;
    return native?.parts && html.includes(native.text) ? native.parts : [];
  });
}

export async function getArticleRoute(article: Article, site: URL): Promise<ArticleRoute> {
  noteRendered('article', article.slug);
  const html = bodyHtml(article.entry);
  const [body, topicNames, allAuthors, entities, stories, related, reportError] = await Promise.all([
    renderBody(article.entry, html),
    getTopicNames(),
    getAuthors(),
    getEntities(),
    getStories(),
    getRelated(),
    reportErrorLink(article, site),
  ]);
  const abs = (path: string) => new URL(path, site).href;
  const authors = article.authors.map((slug) => ({ slug, name: allAuthors.get(slug)!.name }));
  const topics = article.topics.map((slug) => ({ slug, name: topicNames.get(slug)! }));
  const published = isoWithOffset(article.publishedAt, SITE.timeZone);
  const modified = isoWithOffset(lastChanged(article), SITE.timeZone);
  const shareImage = urls.shareImage('article', article.slug);
  const url = abs(urls.article(article.slug));
  const section = topics[0]?.name ?? '';
  const sources = numberSources(article.entry.data.sources, article.facts.citations);
  const tags = topics.map((t) => t.name);
  return {
    head: {
      title: article.title,
      description: article.description,
      shareImage,
      article: { published, modified, section, tags },
      jsonLd: [
        newsArticleLd({
          url,
          headline: article.title,
          description: article.description,
          image: abs(shareImage),
          published,
          modified,
          authors: authors.map((a) => ({ name: a.name, url: abs(urls.author(a.slug)) })),
          section,
          keywords: tags,
          corrections: article.revisions.filter((r) => r.kind === 'correction').map((r) => ({ date: isoWithOffset(r.date, SITE.timeZone), text: r.text })),
          citations: sources.map(({ source }) => source),
          siteUrl: abs(urls.home()),
        }),
        breadcrumbLd([
          { name: 'Home', url: abs(urls.home()) },
          ...(topics[0] ? [{ name: topics[0].name, url: abs(urls.topic(topics[0].slug)) }] : []),
          { name: article.title, url },
        ]),
      ],
    },
    article,
    topics,
    authors,
    readingMinutes: article.facts.readingMinutes,
    url,
    body,
    tocHeadings: [...body.headings, ...(sources.length ? [{ depth: 2, slug: 'sources', text: 'Sources' }] : [])],
    sources,
    withCards: (html) => fillCardSlots(html, entities),
    // Facets the search page filters by (search/state.ts names the keys).
    searchFilters: pagefindFilterValues({
      topic: article.topics,
      entity: mentionedEntities(article),
      story: article.story ? [article.story] : [],
      year: [String(article.year)],
    }),
    searchMeta: pagefindMeta({
      topics: tags,
      nameParts: writtenNameParts(article, entities, html),
      spellings: article.facts.spellingVariants,
    }),
    story: article.story ? stories.get(article.story) : undefined,
    related: related.get(article.slug) ?? [],
    reportError,
  };
}
