import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { FEED_SIZE, getFeedScopes } from '../outputs/feeds.ts';

/**
 * What the build promises to publish, for the post-build verification
 * (src/build/verify-build.ts), which checks dist/ against it and then
 * deletes this file: it is never deployed.
 */
export const GET: APIRoute = async () => {
  const [articles, scopes] = await Promise.all([getArticles(), getFeedScopes()]);
  return new Response(
    JSON.stringify({
      articles: articles.map((a) => a.slug),
      feeds: scopes.map((s) => ({ path: s.path, slugs: s.articles.slice(0, FEED_SIZE).map((a) => a.slug) })),
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
