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
