// What a reader waits for and downloads the first time they search a built
// site: serves `outDir` on loopback (gzip for text, as a host would; Pagefind's
// own files are gzipped already), opens /search/ in Debian's Chromium, types a
// query and times the results from the last keystroke. Used by the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serve(outDir) {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const file = join(outDir, path);
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type };
      if (/^(text|application\/(json|javascript))/.test(type)) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * For each query in turn: the time from the last keystroke to the first answer
 * (`first`: over the newest explainers, shown while the archive is still
 * searched; the same as the whole answer where the index is one part) and to
 * the whole index's answer; for the first query, the search code and index
 * downloaded by each (the search page's own HTML and CSS aside).
 */
export async function searchTiming(outDir, queries) {
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bench-search-')), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await context.newPage();
    // Counted from the start: on /search/ the search code and every shard's
    // metadata load with the page, and all of it is what a first search costs.
    // Playwright's request events include the requests of Pagefind's web
    // worker (its WASM, shards and word chunks), which the page's own
    // DevTools session does not see.
    let bytes = 0;
    const pending = [];
    context.on('requestfinished', (request) => {
      if (!/\/pagefind\/|search|directory/.test(request.url())) return;
      pending.push(request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)));
    });
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    const box = page.getByRole('searchbox', { name: 'Search the explainers' });
    const runs = [];
    const kbNow = async () => {
      await Promise.all(pending);
      return bytes / 1024;
    };
    for (const [i, q] of queries.entries()) {
      await box.fill('');
      const status = page.locator('[data-status]');
      await box.pressSequentially(q, { delay: 30 });
      const typed = Date.now();
      // The first answer (over the newest explainers, while the archive is
      // still searched), then the whole index's.
      await page.waitForFunction((query) => document.querySelector('[data-status]')?.textContent?.includes(query), q, { timeout: 30_000 });
      const first = { ms: Date.now() - typed, results: await status.textContent(), kb: i === 0 ? await kbNow() : undefined };
      await page.waitForFunction(
        (query) =>
          !document.querySelector('backstory-search-page')?.hasAttribute('data-searching') &&
          document.querySelector('[data-status]')?.textContent?.includes(query),
        q,
        { timeout: 60_000 },
      );
      runs.push({ q, first, ms: Date.now() - typed, results: await status.textContent(), kb: i === 0 ? await kbNow() : undefined });
    }
    return runs;
  } finally {
    await context.close();
    server.close();
  }
}
