import { expect, test } from '@playwright/test';
import { SEED } from './site.ts';

// Opening cards from the name, keyboard and no-JS paths: explainer.spec.ts.

test('an entity page lists every explainer that mentions it, newest first', async ({ page }) => {
  await page.goto('/entities/kim-yo-jong/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kim Yo Jong');
  await expect(page.locator('h1 [lang="ko"]')).toHaveText('김여정');
  const links = page.getByRole('main').getByRole('article').getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs[0]).toBe(SEED);
  expect(hrefs).toContain('/articles/who-is-kim-yo-jong/');
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('card text is not in the search index', async ({ page }) => {
  // "supreme commander" appears only in the Kim Jong Un card, which most explainers carry
  // (as a quoted phrase, so that only those words in that order count).
  await page.goto('/search/?q=%22supreme%20commander%22');
  await expect(page.getByRole('status')).toContainText(/No explainers match/);
});

test('an entity page has its own timeline, drawn from the explainers that mention it', async ({ page }) => {
  await page.goto('/entities/junichiro-koizumi/');
  const entries = page.getByRole('region', { name: 'Junichiro Koizumi: a timeline from our explainers' }).getByRole('listitem');
  const dates = await entries.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates).toContain('2002-09-17');
  expect(dates).toContain('2004-05-22');
  expect([...dates].sort()).toEqual(dates);
  for (const text of await entries.allInnerTexts()) expect(text).toMatch(/Koizumi/);
});
