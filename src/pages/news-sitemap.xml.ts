import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles.ts';
import { newsArticles, renderNewsSitemap } from '../lib/sitemap.ts';
import { now } from '../lib/site.ts';

/** Google News sitemap: the explainers published in the two days before "now" (BACKSTORY_NOW in tests). */
export const GET: APIRoute = async ({ site }) =>
  new Response(renderNewsSitemap(newsArticles(await getArticles(), now()), site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
