import type { APIRoute } from 'astro';
import { getStandingPages } from '../data/standing-pages.ts';
import { renderSitemap, sitemapEntries } from '../outputs/sitemaps.ts';

export const GET: APIRoute = async ({ site }) => {
  const standing = (await getStandingPages()).map((p) => p.id);
  return new Response(renderSitemap(await sitemapEntries(standing), site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
