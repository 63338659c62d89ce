import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once every page is written.
 * Only elements marked `data-pagefind-body` (article bodies) are indexed.
 * Any Pagefind error, or an article page that did not make it into the
 * index, fails the build: a site whose search silently misses articles must
 * never go live.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'backstory:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const expected = countArticlePages(outDir);
        if (expected === 0) {
          // With no data-pagefind-body anywhere Pagefind would index every page.
          logger.warn('no published articles: the search index is not written');
          return;
        }
        try {
          const { index, errors } = await pagefind.createIndex({});
          fail(errors, 'could not start');
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          fail(added.errors, 'could not index dist/');
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          fail(written.errors, 'could not write the index');
          const indexed = indexedPageCount(outDir);
          if (indexed !== expected) {
            throw new Error(
              `Pagefind indexed ${indexed} pages but the build wrote ${expected} article pages. ` +
                'Fix: every article page needs exactly one data-pagefind-body element, and no other page may have one.',
            );
          }
          const seconds = (performance.now() - started) / 1000;
          logger.info(`indexed ${indexed} pages in ${seconds.toFixed(2)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function fail(errors: string[], what: string): void {
  if (errors.length) throw new Error(`Pagefind ${what}:\n  ${errors.join('\n  ')}`);
}

/** Pages in the written index, summed over languages (pagefind-entry.json). */
function indexedPageCount(outDir: string): number {
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

function countArticlePages(outDir: string): number {
  const articles = join(outDir, 'articles');
  if (!existsSync(articles)) return 0;
  // Redirect pages at old slugs (redirectFrom) are not articles.
  return readdirSync(articles, { withFileTypes: true }).filter((d) => {
    const page = join(articles, d.name, 'index.html');
    return d.isDirectory() && existsSync(page) && readFileSync(page, 'utf8').includes('data-pagefind-body');
  }).length;
}
