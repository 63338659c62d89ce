import { expect, test } from '@playwright/test';
import { SEED } from './site.ts';

// The story page itself (start here, its own timeline): explainer.spec.ts.

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
