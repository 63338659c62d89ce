import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)"/;

/**
 * Writes dist/_redirects (Netlify, Cloudflare Pages and others turn it into
 * real 301s) from the redirect pages the build left at old article URLs, so
 * the file and the pages can never disagree. Reads only dist/.
 */
export function redirectsFile(): AstroIntegration {
  return {
    name: 'backstory:redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const articles = join(outDir, 'articles');
        const lines: string[] = [];
        if (existsSync(articles)) {
          for (const slug of readdirSync(articles).sort()) {
            const page = join(articles, slug, 'index.html');
            if (!existsSync(page)) continue;
            const to = REFRESH.exec(readFileSync(page, 'utf8'))?.[1];
            if (to) lines.push(`/articles/${slug}/ ${to} 301`);
          }
        }
        writeFileSync(join(outDir, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
        if (lines.length) logger.info(`${lines.length} redirect(s) from old article URLs`);
      },
    },
  };
}
