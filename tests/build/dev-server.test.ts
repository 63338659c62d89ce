import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { shellEnv } from '../support/build-site.ts';

const PORT = 4391;
const base = `http://127.0.0.1:${PORT}`;

/** `npm run dev` shows editors their drafts and scheduled articles; production never does. */
describe('npm run dev', () => {
  let server: ChildProcess;
  beforeAll(async () => {
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
      env: {
        ...shellEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        BACKSTORY_CONTENT_DIR: resolve('tests/fixtures/good'),
        BACKSTORY_CACHE_DIR: join(mkdtempSync(join(tmpdir(), 'backstory-dev-')), 'cache'),
        BACKSTORY_NOW: '2025-01-01T00:00:00Z',
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('astro dev did not start');
  });
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('renders drafts and future-dated articles, and lists them', async () => {
    for (const slug of ['draft-explainer', 'future-explainer']) {
      const res = await fetch(`${base}/articles/${slug}/`);
      expect(res.status, slug).toBe(200);
    }
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('/articles/draft-explainer/');
  });
});
