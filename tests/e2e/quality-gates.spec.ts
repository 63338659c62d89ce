import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { findBrokenLinks, htmlFiles } from '../../src/build/verify/internal-links.ts';
import { E2E_DIST } from './site.ts';

/**
 * Site paths of every built page, e.g. "/articles/x/" or "/404.html". Redirect
 * pages at old URLs navigate away at once, so axe checks where they land
 * (which is in this list anyway); the Nu checker still checks them.
 */
const pagePaths = () =>
  htmlFiles(E2E_DIST)
    .filter((f) => !readFileSync(join(E2E_DIST, f), 'utf8').includes('http-equiv="refresh"'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);

test('Nu HTML Checker: zero errors on every built page', () => {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  let out: string;
  try {
    out = execFileSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', '--stdout', E2E_DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? e);
  }
  const messages = (JSON.parse(out) as { messages: { url: string; message: string; extract?: string }[] }).messages;
  expect(messages.map((m) => `${m.url.replace(/^.*\/dist\//, '')}: ${m.message}`)).toEqual([]);
  expect(htmlFiles(E2E_DIST).length).toBeGreaterThan(10);
});

test('no broken internal link or #fragment anywhere in the build', () => {
  expect(findBrokenLinks(E2E_DIST)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe WCAG 2.2 AA: zero violations on every page (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const failures: string[] = [];
    const paths = [...pagePaths(), '/search/?q=Koizumi'];
    for (const path of paths) {
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.getByRole('status')).toContainText('match');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(failures).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    test(`axe WCAG 2.2 AA: zero violations on the open search UI (${scheme}, ${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      // People and places above the results, a filter chosen (a chip), the sheet open on a phone.
      await page.goto('/search/?q=Kim+Yo+Jong&topic=north-korea');
      await expect(page.getByRole('status')).toContainText('match');
      await expect(page.getByRole('region', { name: 'People, places and stories' })).toBeVisible();
      if (viewport.width < 600) await page.getByText('Filter and sort').click();
      await expect(page.getByRole('button', { name: /Remove filter/ })).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      // The empty state too.
      await page.goto('/search/?q=xqzzy');
      await expect(page.getByRole('status')).toContainText('No explainers');
      const empty = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(empty.violations.map((v) => v.id)).toEqual([]);
    });
  }
}
