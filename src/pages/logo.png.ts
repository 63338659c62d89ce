import type { APIRoute } from 'astro';
import { renderLogo } from '../lib/share-image/render-card.ts';
import { shareImageCacheDir } from '../lib/cache-dir.ts';
import { SITE } from '../lib/site.ts';

/** The publisher logo of the NewsArticle JSON-LD (600×60). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderLogo(SITE.name, shareImageCacheDir())), { headers: { 'Content-Type': 'image/png' } });
