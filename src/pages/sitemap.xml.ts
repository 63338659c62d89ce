import type { APIRoute } from 'astro';
import { renderSitemap, sitemapEntries } from '../outputs/sitemaps.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(renderSitemap(await sitemapEntries(), site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
