import { expect, test } from '@playwright/test';
import { SEED } from './site.ts';

test('home shows the lead explainer and the latest, and a click opens the full article', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Backstory/);
  const lead = page.locator('section', { has: page.getByRole('heading', { name: 'Lead explainer' }) });
  const leadLink = lead.getByRole('link').first();
  await expect(leadLink).toHaveText(/Kishida wants a summit/);
  const latest = page.locator('section', { has: page.getByRole('heading', { name: 'Latest' }) }).getByRole('article');
  expect(await latest.count()).toBeGreaterThanOrEqual(5);
  await leadLink.click();
  await expect(page).toHaveURL(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kishida wants a summit/);
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2024-03-27T09:00:00+09:00');
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('.source-list li').first()).toBeVisible();
});

test('every page has landmarks, one h1, a working skip link and lang="en"', async ({ page }) => {
  for (const path of ['/', SEED, '/topics/', '/topics/japan/', '/archive/', '/archive/2024/', '/stories/', '/entities/', '/search/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  }
});

test('topics and archive list the explainers, and the 404 page is served for unknown URLs', async ({ page }) => {
  await page.goto('/topics/');
  await page.getByRole('link', { name: 'Japan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan');
  await expect(page.getByRole('link', { name: /Kishida wants a summit/ })).toBeVisible();

  await page.goto('/archive/');
  await page.getByRole('link', { name: '2024' }).click();
  await expect(page).toHaveURL('/archive/2024/');
  expect(await page.getByRole('main').getByRole('article').count()).toBe(6);

  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // One search box (the page's own, not the header's too), and the latest explainers.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Search the explainers' })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest explainers' }).getByRole('article');
  await expect(latest).toHaveCount(5);
  await expect(latest.first().getByRole('link')).toHaveText(/Kishida wants a summit/);
});

test('drafts and future-dated articles are not published', async ({ page, request }) => {
  for (const slug of ['e2e-draft-article', 'e2e-future-article']) {
    expect((await request.get(`/articles/${slug}/`)).status()).toBe(404);
  }
  for (const path of ['/', '/topics/japan/', '/archive/2024/', '/archive/']) {
    await page.goto(path);
    await expect(page.locator('body')).not.toContainText(/zeppelin|E2E draft|E2E future/);
  }
});

test('an article page is complete and readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Key points' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  // Controls that need a script are not shown without one.
  await expect(page.locator('backstory-theme-toggle')).toBeHidden();
  // The only external script is the header's keyboard-shortcut module; the
  // search code itself loads on demand (search.spec.ts checks no request is made).
  await expect(page.locator('script[src]')).toHaveCount(1);
  await expect(page.locator('script[src]')).toHaveAttribute('src', /^\/_astro\/SiteHeader\.[^/]+\.js$/);
  await context.close();
});

test('explainer blocks: key points first, labelled sections with anchors, a timeline in date order', async ({ page }) => {
  await page.goto(SEED);
  const keyPoints = page.getByRole('complementary', { name: 'Key points' });
  await expect(keyPoints.getByRole('listitem')).toHaveCount(4);
  // The summary comes before the body text.
  const firstBlock = await page.locator('.prose > *').first().getAttribute('class');
  expect(firstBlock).toBe('key-points');
  const sections: [string, string][] = [
    ['what-happened', 'What happened'],
    ['why-it-matters', 'Why it matters'],
    ['whats-next', 'What’s next'],
  ];
  for (const [id, name] of sections) {
    await expect(page.getByRole('region', { name })).toBeVisible();
    await expect(page.locator(`h2#${id}`)).toHaveText(name);
  }
  await page.goto(`${SEED}#whats-next`);
  await expect(page.locator('h2#whats-next')).toBeInViewport();

  await page.goto('/articles/japan-north-korea-relations/');
  const timeline = page.locator('figure.timeline').getByRole('list');
  const dates = await timeline.locator('li > time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBe(9);
  expect(dates[0]).toBe('2002-09-17');
  expect([...dates].sort()).toEqual(dates);
  await expect(timeline.locator('li').first().locator('time')).toHaveText('17 September 2002');
});

test('every H2/H3 has one section link: a real #link, 24 px or more, shown on hover and focus', async ({ page }) => {
  await page.goto(SEED);
  const headings = page.locator('.prose :is(h2, h3)');
  const links = page.locator('.prose .section-link');
  // Every body heading but the key points' label has exactly one.
  const expected = await page.locator('.prose :is(h2, h3):not(#key-points)').count();
  expect(expected).toBeGreaterThan(5);
  await expect(links).toHaveCount(expected);
  expect(await headings.count()).toBe(expected + 1);

  const link = page.locator('.heading:has(#why-it-matters) .section-link');
  await expect(link).toHaveAttribute('href', '#why-it-matters');
  await expect(link).toHaveAccessibleName('Link to section: Why it matters');
  const box = (await link.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  await expect(link).toHaveCSS('opacity', '0');
  await page.locator('h2#why-it-matters').hover();
  await expect(link).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  await link.click();
  await expect(page).toHaveURL(/#why-it-matters$/);
});

test('section links are always visible on touch screens', async ({ browser }) => {
  const context = await browser.newContext({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(SEED);
  await expect(page.locator('.heading:has(#why-it-matters) .section-link')).toHaveCSS('opacity', '1');
  await context.close();
});

test('a long explainer has a table of contents whose links reach every section', async ({ page }) => {
  await page.goto(SEED);
  const toc = page.getByRole('navigation', { name: 'In this explainer' });
  await expect(toc).toBeVisible();
  const hrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('#what-happened');
  expect(hrefs).toContain('#whats-next');
  for (const href of hrefs) await expect(page.locator(href)).toHaveCount(1);
  expect(hrefs).toContain('#sources');
  // Every shipped explainer has at least two sections and its sources, so every one has a table of contents.
  await page.goto('/articles/northern-limit-line/');
  await expect(page.getByRole('navigation', { name: 'In this explainer' })).toHaveCount(1);
  // A short page with fewer destinations has none.
  await page.goto('/articles/e2e-corrected-article/');
  await expect(page.getByRole('navigation', { name: 'In this explainer' })).toHaveCount(0);
});

test('corrections and updates: a dated log at the end, and "Updated" shows the latest entry', async ({ page }) => {
  await page.goto('/articles/e2e-corrected-article/');
  await expect(page.locator('.article-header')).toContainText('Updated 3 May 2023');
  await page.getByRole('link', { name: 'what changed' }).click();
  const log = page.getByRole('region', { name: 'Corrections and updates' });
  await expect(log).toBeInViewport();
  const entries = log.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('2 May 2023');
  await expect(entries.nth(0)).toContainText('Update: Added the harbour master’s statement.');
  await expect(entries.nth(1)).toContainText('Correction: An earlier version misspelt');
  await expect(entries.nth(1).locator('time')).toHaveAttribute('datetime', '2023-05-03');
});

test('a person or place profile logs its corrections too (its text also shows in context cards)', async ({ page }) => {
  await page.goto('/entities/northern-limit-line/');
  const log = page.getByRole('region', { name: 'Corrections and updates' });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log.getByRole('listitem')).toContainText('1 December 2026');
  await expect(log.getByRole('listitem')).toContainText('Correction: An earlier version said the line was drawn by the United Nations.');
  // A profile never corrected shows no empty log.
  await page.goto('/entities/tokyo/');
  await expect(page.getByRole('region', { name: 'Corrections and updates' })).toHaveCount(0);
});

test('trust: about, standards and contact pages from the footer, and "Report an error" on every article', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  for (const [name, heading] of [
    ['About', 'About Backstory'],
    ['Standards and corrections', 'Editorial standards and corrections'],
    ['Contact', 'Contact the editors'],
  ] as const) {
    await footer.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.goBack();
  }
  await page.goto(SEED);
  const report = page.getByRole('link', { name: 'Report an error' });
  const href = new URL((await report.getAttribute('href'))!);
  expect(href.protocol).toBe('mailto:');
  const subject = href.searchParams.get('subject')!;
  expect(subject).toContain('Why North Korea says Kishida wants a summit');
  expect(href.searchParams.get('body')).toContain(`/articles/kim-jong-un-japan-summit/`);
});

test('theme toggle: shows the theme in force and what a click does; each of the first two clicks changes the page; remembered before the first frame', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SEED);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBg = await bg();
  const toggle = page.locator('backstory-theme-toggle button');
  await expect(toggle).toHaveText(/Auto/);
  await expect(toggle).toHaveAccessibleName('Theme: Auto (your device: light). Switch to Dark');
  await expect(toggle).toHaveAttribute('title', 'Theme: Auto (your device: light). Switch to Dark');
  await toggle.click();
  await expect(toggle).toHaveText(/Dark/);
  await expect(toggle).toHaveAccessibleName('Theme: Dark. Switch to Light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await bg();
  expect(darkBg).not.toBe(lightBg);
  await toggle.click();
  await expect(toggle).toHaveText(/Light/);
  expect(await bg()).toBe(lightBg);
  await toggle.click();
  await expect(toggle).toHaveText(/Auto/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await toggle.click();
  await expect(toggle).toHaveText(/Dark/);

  // On the next page the choice holds from the very first frame: no flash of light.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: string }).firstFrame =
        getComputedStyle(document.documentElement).backgroundColor + '|' + (document.documentElement.dataset.theme ?? '');
    });
  });
  await page.goto('/topics/');
  await page.waitForFunction(() => (window as unknown as { firstFrame?: string }).firstFrame);
  const first = await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame);
  expect(first.endsWith('|dark')).toBe(true);
  expect(await bg()).toBe(darkBg);

  await toggle.click(); // Dark → Light
  await toggle.click(); // Light → Auto: the device's setting again
  await expect(toggle).toHaveText(/Auto/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('print: the text, key points, sources and corrections only; addresses only for links that leave the site; sources smaller than the text', async ({
  page,
}) => {
  await page.goto('/articles/japan-north-korea-relations/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    '.site-header nav',
    '.search-open',
    'backstory-theme-toggle',
    '.toc',
    '.report-error',
    'backstory-share-bar',
    '.story-nav',
    '.related',
    '.source-list .back',
    '.site-footer',
  ]) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator('.section-link').first()).toBeHidden();
  for (const selector of ['h1', '.key-points', '.prose p', '.source-list', '.revisions']) await expect(page.locator(selector).first()).toBeVisible();
  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
  // A source's address is printed; a link inside the site (another explainer, an entity) is not.
  expect(await after('.source-list a[href^="https://www.japantimes.co.jp"]')).toContain('https://www.japantimes.co.jp/');
  expect(await after('.prose a[href^="/articles/"]')).toBe('none');
  const size = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size('.source-list li')).toBeLessThan(await size('.prose p'));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header nav')).toBeVisible();
});

test('byline links to the author page, which lists their explainers newest first', async ({ page }) => {
  await page.goto(SEED);
  await page.locator('.byline').getByRole('link', { name: 'Backstory staff' }).click();
  await expect(page).toHaveURL('/authors/staff/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backstory staff');
  const titles = page.getByRole('main').getByRole('article');
  expect(await titles.count()).toBeGreaterThanOrEqual(6);
  await expect(titles.first().getByRole('link')).toHaveText(/Kishida wants a summit/);
});

test('figures: the Northern Limit Line map (below the key points, so lazy) loads at its size, with alt text, caption and credit', async ({ page }) => {
  await page.goto('/articles/northern-limit-line/');
  const figure = page.locator('.prose figure.figure');
  await expect(figure).toHaveCount(1);
  const img = figure.getByRole('img', { name: /Schematic map of the Yellow Sea/ });
  await expect(img).toHaveAttribute('loading', 'lazy');
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(700);
  await expect(img).toHaveAttribute('width', '700');
  await expect(figure.locator('figcaption')).toContainText('Schematic, not to scale');
  await expect(figure.locator('.figure-credit')).toHaveText('Backstory graphic');
  // The image fits the phone-width text column without overflowing.
  await page.setViewportSize({ width: 390, height: 800 });
  const box = await img.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(box!.height / box!.width).toBeCloseTo(560 / 700, 2);
});
