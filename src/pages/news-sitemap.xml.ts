import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { newsArticles, renderNewsSitemap } from '../outputs/sitemaps.ts';
import { now } from '../config/site.ts';

/** Google News sitemap: the explainers published in the two days before "now" (BACKSTORY_NOW in tests). */
export const GET: APIRoute = async ({ site }) =>
  new Response(renderNewsSitemap(newsArticles(await getArticles(), now()), site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
