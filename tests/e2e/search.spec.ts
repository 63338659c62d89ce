import { expect, test, type Page } from '@playwright/test';
import { SEED } from './site.ts';

const results = (page: Page) => page.getByRole('main').locator('[data-results] li');
const resultUrls = async (page: Page) =>
  (await results(page).locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));

async function search(page: Page, q: string) {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole('status')).toContainText(/match|No explainers/);
}

test('"Kishida summit conditions" finds the seed explainer first', async ({ page }) => {
  await search(page, 'Kishida summit conditions');
  expect((await resultUrls(page))[0]).toBe(SEED);
});

test('"abductees" finds the seed explainer in the top three', async ({ page }) => {
  await search(page, 'abductees');
  expect((await resultUrls(page)).slice(0, 3)).toContain(SEED);
});

for (const q of ['김정은', '岸田']) {
  test(`the native-script name ${q} finds articles that contain it`, async ({ page, request }) => {
    await search(page, q);
    const urls = await resultUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(await (await request.get(url)).text()).toContain(q);
    }
    expect(urls).toContain(SEED);
  });
}

test('/search/?q=Koizumi shows results inside <main> on load, with marked excerpts', async ({ page }) => {
  await search(page, 'Koizumi');
  await expect(page.getByRole('searchbox')).toHaveValue('Koizumi');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
  expect(await results(page).count()).toBeGreaterThan(1);
  await expect(results(page).first().locator('mark').first()).toHaveText(/Koizumi/i);
  await expect(results(page).first().locator('time')).toHaveText(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
  await expect(results(page).first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
  const urls = await resultUrls(page);
  expect(urls.every((u) => /^\/articles\/[a-z0-9-]+\/$/.test(u))).toBe(true);
});

test('the topic filter narrows results and lives in the URL', async ({ page }) => {
  await search(page, 'North Korea');
  const all = await resultUrls(page);
  await expect(page.getByRole('checkbox', { name: /South Korea/ })).toHaveAccessibleName(/South Korea \(1\)/);
  await page.getByRole('checkbox', { name: /South Korea/ }).check();
  await expect(page).toHaveURL(/topic=south-korea/);
  await expect.poll(async () => (await resultUrls(page)).length).toBeLessThan(all.length);
  const narrowed = await resultUrls(page);
  expect(narrowed).toEqual(['/articles/northern-limit-line/']);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /South Korea/ })).toBeChecked();
  await expect.poll(() => resultUrls(page)).toEqual(narrowed);
});

test('typing searches as you go and keeps the query in the URL', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('Yeonpyeong');
  await expect(page).toHaveURL(/\?q=Yeonpyeong/);
  await expect(page.getByRole('status')).toContainText('match');
  expect(await resultUrls(page)).toContain('/articles/northern-limit-line/');
});

test('drafts and future-dated articles are not in the search index', async ({ page }) => {
  for (const q of ['zeppelindraft', 'zeppelinfuture']) {
    await search(page, q);
    await expect(page.getByRole('status')).toContainText('No explainers match');
  }
  await search(page, 'Koizumi');
  expect((await resultUrls(page)).some((u) => u.includes('e2e-'))).toBe(false);
});

test('without JavaScript the search page says why and links to topics and archive', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=Koizumi');
  const notice = page.getByText('Search runs in your browser and needs JavaScript');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'the topics' })).toBeVisible();
  await context.close();
});
