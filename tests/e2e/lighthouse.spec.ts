import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SEED } from './site.ts';

/**
 * Lighthouse (mobile preset) in Debian's Chromium on home, an article, a topic
 * page and search: 100 in performance, accessibility, best practices and SEO.
 * Its own Playwright project, run after every other browser test, so nothing
 * else competes for the CPU while it measures.
 */
test('Lighthouse mobile: 100 in all four categories on home, an article, a topic page and search', ({ baseURL }) => {
  test.setTimeout(360_000);
  const run = spawnSync(process.execPath, [resolve('scripts/lighthouse.mjs'), baseURL!, '/', SEED, '/topics/japan/', '/search/?q=Koizumi'], {
    encoding: 'utf8',
    timeout: 340_000,
  });
  console.log(run.stdout);
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout.match(/\| 100 \| 100 \| 100 \| 100 \|/g)).toHaveLength(4);
});
