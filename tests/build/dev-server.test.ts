import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { shellEnv } from '../support/build-site.ts';
import { openDevIndex } from '../../scripts/lib/pagefind-node.ts';

const PORT = 4391;
const base = `http://127.0.0.1:${PORT}`;

/**
 * `npm run dev` shows editors their drafts and scheduled articles, with a
 * banner; production never does. `npm run new` makes a draft that renders.
 */
describe('npm run dev', () => {
  let server: ChildProcess;
  let log = '';
  const content = mkdtempSync(join(tmpdir(), 'backstory-dev-content-'));
  beforeAll(async () => {
    cpSync(resolve('tests/fixtures/good'), content, { recursive: true });
    execFileSync(process.execPath, ['scripts/new-article.mjs', 'A brand new explainer'], {
      env: { ...shellEnv(), BACKSTORY_CONTENT_DIR: content, BACKSTORY_NOW: '2025-01-01T00:00:00Z' },
    });
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
      env: {
        ...shellEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        BACKSTORY_CONTENT_DIR: content,
        BACKSTORY_CACHE_DIR: join(mkdtempSync(join(tmpdir(), 'backstory-dev-')), 'cache'),
        BACKSTORY_NOW: '2025-01-01T00:00:00Z',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`astro dev did not start:\n${log}`);
  });
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('renders drafts and future-dated articles with a banner, and lists them', async () => {
    const draft = await fetch(`${base}/articles/draft-explainer/`);
    expect(draft.status).toBe(200);
    expect(await draft.text()).toContain('Draft: not published.');
    const future = await fetch(`${base}/articles/future-explainer/`);
    expect(future.status).toBe(200);
    expect(await future.text()).toMatch(/Scheduled: not published until <time[^>]*>1 June 2025<\/time>/);
    const published = await (await fetch(`${base}/articles/beta-explainer/`)).text();
    expect(published).not.toContain('not published');
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('/articles/draft-explainer/');
  });

  it('npm run new makes a draft stub that renders, with every block in place', async () => {
    const res = await fetch(`${base}/articles/a-brand-new-explainer/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('A brand new explainer</h1>');
    expect(html).toContain('Draft: not published.');
    expect(html).toContain('aria-labelledby="key-points"');
    expect(html).toContain('<time datetime="2025-01-01"');
  });

  it("draws an article's share image on request (a build links them from the image cache instead)", async () => {
    const res = await fetch(`${base}/og/article/beta-explainer.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect((await fetch(`${base}/og/article/no-such-explainer.png`)).status).toBe(404);
  });

  it('serves a current search index, like production, and rebuilds it when content changes', async () => {
    const waitFor = async (what: string, check: () => Promise<boolean>) => {
      for (let i = 0; i < 120; i++) {
        if (await check().catch(() => false)) return;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(
        `timed out waiting for ${what}:\n${log
          .split('\n')
          .filter((l) => !l.includes('[WARN]'))
          .slice(-30)
          .join('\n')}`,
      );
    };
    await waitFor('the first index', async () => (await fetch(`${base}/pagefind/pagefind-entry.json`)).ok);
    const entry = await (await fetch(`${base}/pagefind/pagefind-entry.json`)).json();
    // Every article the dev server renders (drafts and scheduled ones included, as dev shows them).
    expect(entry.languages.en.page_count).toBe(5);
    const first = await openDevIndex(base, mkdtempSync(join(tmpdir(), 'backstory-dev-index-')));
    expect(await first.search('quartermaster')).toEqual(['/articles/alpha-explainer/']);
    expect(await first.search('zeppelindraft')).toEqual(['/articles/draft-explainer/']);
    expect(await first.search('marmaladequokka')).toEqual([]);

    // An editor adds a paragraph: the index follows without a restart.
    appendFileSync(join(content, 'articles', 'beta-explainer.md'), '\nA marmaladequokka paragraph added while the dev server runs.\n');
    await waitFor('the rebuilt index', async () => {
      const index = await openDevIndex(base, mkdtempSync(join(tmpdir(), 'backstory-dev-index-')));
      return (await index.search('marmaladequokka')).includes('/articles/beta-explainer/');
    });
  }, 120_000);
});
