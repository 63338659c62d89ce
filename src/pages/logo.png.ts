import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { renderLogo } from '../lib/share-image/render-card.ts';
import { cacheDir } from '../lib/cache-dir.ts';
import { SITE } from '../lib/site.ts';

/** The publisher logo of the NewsArticle JSON-LD (600×60). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderLogo(SITE.name, join(cacheDir(), 'share-images'))), { headers: { 'Content-Type': 'image/png' } });
