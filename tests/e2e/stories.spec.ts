import { expect, test } from '@playwright/test';
import { SEED } from './site.ts';

test('a story page lists its explainers in time order with a merged timeline', async ({ page }) => {
  await page.goto('/stories/japan-north-korea/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Japan and North Korea: the summit that wasn't");
  const list = page.getByRole('main').getByRole('article');
  await expect(list).toHaveCount(6);
  const dates = await list.locator('time').evaluateAll((ts) => ts.map((t) => new Date(t.getAttribute('datetime')!).getTime()));
  expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  await expect(list.last().getByRole('link')).toHaveText(/Kishida wants a summit/);
  const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
  const entryDates = await timeline.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(entryDates.length).toBeGreaterThanOrEqual(14); // both explainers' timelines
  expect([...entryDates].sort()).toEqual(entryDates);
  await expect(timeline.first()).toContainText('From: The Northern Limit Line');
});

test('an explainer in a story shows its place with previous and next, and at most five related explainers', async ({ page }) => {
  await page.goto('/articles/japan-north-korea-relations/');
  const nav = page.getByRole('navigation', { name: 'Part of this story' });
  await expect(nav).toContainText('(5 of 6)');
  await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', SEED);
  await nav.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
  await page.goto(SEED);
  await expect(page.getByRole('navigation', { name: 'Part of this story' }).locator('a[rel="next"]')).toHaveCount(0);
  const related = page.getByRole('region', { name: 'Related explainers' }).getByRole('link');
  const count = await related.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(5);
  expect(await related.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).not.toContain(SEED);
});
