import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { getRedirects } from '../data/redirects.ts';
import { FEED_SIZE } from '../domain/feed-formats.ts';
import { urls } from '../domain/urls.ts';
import { toInstant } from '../domain/dates.ts';
import { SITE } from '../config/site.ts';
import { getFeedScopes } from '../outputs/feeds.ts';

/**
 * What the build promises to publish, for the steps after it
 * (build/verify-build.ts checks dist/ against it; build/redirects-file.ts
 * writes dist/_redirects from it), which then delete this file: it is never
 * deployed.
 */
export const GET: APIRoute = async () => {
  const [articles, scopes, redirects] = await Promise.all([getArticles(), getFeedScopes(), getRedirects()]);
  return new Response(
    JSON.stringify({
      articles: articles.map((a) => a.slug),
      published: Object.fromEntries(articles.map((a) => [a.slug, toInstant(a.publishedAt, SITE.timeZone).toISOString()])),
      feeds: scopes.map((s) => ({ path: s.path, slugs: s.articles.slice(0, FEED_SIZE).map((a) => a.slug) })),
      redirects: redirects.map((r) => ({ from: urls.article(r.from), to: urls.article(r.to) })),
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
