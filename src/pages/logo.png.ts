import type { APIRoute } from 'astro';
import { renderLogo } from '../sharing/image/render-card.ts';
import { settings } from '../config/env.ts';
import { SITE } from '../config/site.ts';

/** The publisher logo of the NewsArticle JSON-LD (600×60). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderLogo(SITE.name, settings.shareImageCacheDir)), { headers: { 'Content-Type': 'image/png' } });
