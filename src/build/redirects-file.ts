import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from './manifest.ts';

/**
 * Writes dist/_redirects (Netlify, Cloudflare Pages and others turn it into
 * real 301s) from the same redirect list the build made redirect pages from
 * (data/redirects.ts, via the manifest), so the file and the pages agree.
 */
export function redirectsFile(): AstroIntegration {
  return {
    name: 'backstory:redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const lines = readManifest(outDir)
          .redirects.map((r) => `${r.from} ${r.to} 301`)
          .sort();
        writeFileSync(join(outDir, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
        if (lines.length) logger.info(`${lines.length} redirect(s) from old article URLs`);
      },
    },
  };
}
