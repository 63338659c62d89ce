import { defineMiddleware } from 'astro:middleware';
import { articlePageRendered } from './build/search-index-stream.ts';

/**
 * In a build, each article page goes to the search index as it renders,
 * exactly as Astro writes it (build/search-index-stream.ts). Every other
 * page, and the dev server, pass through untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.PROD || context.routePattern !== '/articles/[slug]' || !context.params.slug) return response;
  const html = await response.text();
  articlePageRendered(context.params.slug, html);
  return new Response(html, response);
});
