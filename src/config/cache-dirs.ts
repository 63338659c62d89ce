import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Where build caches live (Astro's content store and assets, our share
 * images): BACKSTORY_CACHE_DIR, else node_modules/.astro. Astro's content
 * store remembers entries by slug, and two content roots sharing one store
 * would clash, so another content root gets a cache folder of its own.
 */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env['BACKSTORY_CACHE_DIR']) return resolve(env['BACKSTORY_CACHE_DIR']);
  const root = resolve(env['BACKSTORY_CONTENT_DIR'] ?? './content');
  if (root === resolve('./content')) return resolve('node_modules/.astro');
  return resolve(`node_modules/.astro/content-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
}

/**
 * Where drawn share images are kept: <BACKSTORY_CACHE_DIR>/share-images, else
 * node_modules/.cache/backstory/share-images. Not inside Astro's cache
 * folder: a PNG is keyed by a hash of everything that decides its pixels, so
 * one folder serves every content root, and clearing Astro's content cache
 * (to force Markdown to re-render) need not redraw a thousand images.
 */
export function shareImageCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env['BACKSTORY_CACHE_DIR']) return resolve(env['BACKSTORY_CACHE_DIR'], 'share-images');
  return resolve('node_modules/.cache/backstory/share-images');
}
