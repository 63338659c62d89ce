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
  // Read once as bytes, and handed back as they were: no second encoding.
  const page = new Uint8Array(await response.arrayBuffer());
  articlePageRendered(context.params.slug, page);
  return new Response(page, response);
});
