import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
/** Wait after the last content change before re-indexing (an editor's save can touch several files). */
const DEBOUNCE_MS = 300;

/**
 * Search in `npm run dev`: the same kind of Pagefind index as a production
 * build (same pages, same data-pagefind-* markup, sub-results, filters and
 * highlighting), built in memory from the pages the dev server itself renders
 * and served at /pagefind/. It is rebuilt whenever a file under the content
 * root changes, so editors search what they just wrote (drafts included, as
 * the dev server shows them).
 */
export function pagefindDevIndex(contentDir: string): AstroIntegration {
  const root = resolve(contentDir);
  let files = new Map<string, Uint8Array>();
  let origin = '';
  let current: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  return {
    name: 'backstory:pagefind-dev',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const rebuild = () => {
          if (current) {
            again = true; // one more pass once this one ends
            return;
          }
          current = indexDevSite(origin, root)
            .then((next) => {
              files = next.files;
              logger.info(`search index: ${next.pages} pages`);
            })
            .catch((err: unknown) => logger.error(`search index failed: ${(err as Error).message}`))
            .finally(() => {
              current = undefined;
              if (again) {
                again = false;
                rebuild();
              }
            });
        };
        const schedule = () => {
          clearTimeout(timer);
          timer = setTimeout(() => origin && rebuild(), DEBOUNCE_MS);
        };
        // Re-index when Astro has written the changed content to its store
        // (<root>/.astro/data-store.json in dev; by then Vite has dropped
        // the pages' cached data, which the file watcher's own event for the
        // Markdown file would be too early for), and when content files are
        // added or removed.
        server.watcher.on('all', (event, path) => {
          if (path.endsWith(`${sep}data-store.json`) || (event !== 'change' && resolve(path).startsWith(root + sep))) schedule();
        });
        server.httpServer?.once('listening', () => {
          const address = server.httpServer?.address();
          if (address && typeof address === 'object') {
            origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
            schedule();
          }
        });
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith('/pagefind/')) return next();
          void (async () => {
            if (files.size === 0 && current) await current; // first index still being built
            const file = files.get(path.slice('/pagefind/'.length));
            if (!file) {
              res.statusCode = 404;
              res.end(files.size === 0 ? 'The dev search index is still being built.' : 'Not in the search index.');
              return;
            }
            res.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
            res.setHeader('Cache-Control', 'no-store'); // the index changes with every edit
            res.end(file);
          })();
        });
      },
      'astro:server:done': async () => {
        clearTimeout(timer);
        await pagefind.close();
      },
    },
  };
}

/** Fetches every article page from the running dev server and indexes it as a build would. */
async function indexDevSite(origin: string, contentRoot: string): Promise<{ files: Map<string, Uint8Array>; pages: number }> {
  const articles = join(contentRoot, 'articles');
  const slugs = existsSync(articles)
    ? readdirSync(articles)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
    : [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  try {
    let pages = 0;
    for (const slug of slugs) {
      const url = `/articles/${slug}/`;
      const res = await fetch(origin + url);
      if (!res.ok) continue; // e.g. a file whose front matter is broken: the page shows the error
      const added = await index.addHTMLFile({ url, content: await res.text() });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      pages++;
    }
    const out = await index.getFiles();
    if (out.errors.length) throw new Error(out.errors.join('; '));
    return { files: new Map(out.files.map((f) => [f.path.replace(/^\/+/, ''), f.content])), pages };
  } finally {
    await index.deleteIndex();
  }
}
