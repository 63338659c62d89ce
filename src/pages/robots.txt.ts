import type { APIRoute } from 'astro';
import { renderRobots } from '../outputs/sitemaps.ts';

/** An endpoint, not a file in public/, so the sitemap URLs follow SITE_URL. */
export const GET: APIRoute = ({ site }) => new Response(renderRobots(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
