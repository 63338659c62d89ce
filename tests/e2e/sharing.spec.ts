import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIST, SEED } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('a section link jumps to its section and copies a URL that opens there', async ({ page, baseURL }) => {
  await page.goto(SEED);
  const heading = page.getByRole('heading', { name: 'Why it matters' });
  const link = page.getByRole('link', { name: 'Link to section: Why it matters' });
  await heading.hover();
  await link.click();
  await expect(page).toHaveURL(/#why-it-matters$/);
  await expect(page.locator('.copy-toast')).toHaveText('Link to this section copied.');
  const copied = await clipboard(page);
  expect(copied).toBe(`${baseURL}${SEED}#why-it-matters`);
  const fresh = await page.context().newPage();
  await fresh.goto(copied);
  await expect(fresh.getByRole('heading', { name: 'Why it matters' })).toBeInViewport();
});

test('selecting text offers "Copy link to quote"; the link opens scrolled to that passage', async ({ page, baseURL }) => {
  await page.goto(SEED);
  const paragraph = page.locator('.prose p', { hasText: 'Tokyo did not confirm the channel' }).first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  const button = page.getByRole('button', { name: 'Copy link to quote' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('.copy-toast')).toHaveText('Link to quote copied.');
  const copied = await clipboard(page);
  expect(copied.startsWith(`${baseURL}${SEED}#:~:text=`)).toBe(true);
  expect(copied).toMatch(/#:~:text=Tokyo%20did%20not%20confirm,/);
  const fresh = await page.context().newPage();
  await fresh.setViewportSize({ width: 800, height: 600 });
  await fresh.goto(copied);
  // Chromium scrolls to the passage (and paints its own highlight on it).
  await expect(fresh.locator('.prose p', { hasText: 'Tokyo did not confirm the channel' }).first()).toBeInViewport();
  expect(await fresh.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});

test('share bar: plain share links with encoded parameters, copy link, the system share sheet where there is one', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto(SEED);
  const bar = page.locator('backstory-share-bar');
  const url = `${baseURL}${SEED}`;
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const x = new URL((await bar.getByRole('link', { name: /^X/ }).getAttribute('href'))!);
  expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
  expect(x.searchParams.get('url')).toBe(url);
  expect(x.searchParams.get('text')).toBe(title);
  const reddit = new URL((await bar.getByRole('link', { name: /^Reddit/ }).getAttribute('href'))!);
  expect(reddit.searchParams.get('url')).toBe(url);
  for (const name of ['Email', 'Bluesky', 'LinkedIn', 'WhatsApp']) await expect(bar.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
  // Tap targets of 24 px or more.
  for (const control of await bar.locator('a, button').filter({ visible: true }).all()) {
    const box = (await control.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }
  await bar.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-toast')).toHaveText('Link copied.');
  expect(await clipboard(page)).toBe(url);
  await bar.getByRole('button', { name: 'Share…' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([{ title, url }]);
});

test('without JavaScript the share links still work and the script-only buttons stay hidden; print drops the bar', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED);
  const bar = page.locator('backstory-share-bar');
  await expect(bar.getByRole('link', { name: /^Email/ })).toBeVisible();
  await expect(bar.getByRole('button')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(bar).toBeHidden();
  await context.close();
});

test('an old article URL (redirectFrom) lands on the live article, and _redirects lists it for real 301s', async ({ page, request }) => {
  await page.goto('/articles/e2e-article-with-corrections/');
  await expect(page).toHaveURL(/\/articles\/e2e-corrected-article\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E fixture: an explainer with corrections and updates');
  const old = await (await request.get('/articles/e2e-article-with-corrections/')).text();
  expect(old).toContain('<meta name="robots" content="noindex">');
  expect(old).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/articles\/e2e-corrected-article\/">/);
  // (astro preview does not serve files whose names start with "_"; hosts read it from the output folder.)
  expect(readFileSync(join(E2E_DIST, '_redirects'), 'utf8')).toContain('/articles/e2e-article-with-corrections/ /articles/e2e-corrected-article/ 301');
});
