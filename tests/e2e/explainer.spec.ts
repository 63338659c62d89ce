import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { SEED } from './site.ts';

/**
 * The explainer as readers meet it: the answer on a phone's first screen,
 * sources to check, context cards in place, controls that say what they
 * did, the map on a phone and in the dark, stories and people to browse.
 */

const EXPLAINERS = [
  SEED,
  '/articles/japan-abduction-issue/',
  '/articles/japan-north-korea-relations/',
  '/articles/northern-limit-line/',
  '/articles/pyongyang-summit-2002/',
  '/articles/who-is-kim-yo-jong/',
];
const PHONE = { width: 390, height: 844 };

const bottom = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!.y + box!.height;
};

test.describe('the first screen of a phone', () => {
  test.use({ viewport: PHONE });
  for (const path of EXPLAINERS) {
    test(`${path}: headline, dek and the whole first key point are visible without scrolling`, async ({ page }) => {
      await page.goto(path);
      for (const selector of ['h1', '.article-header .dek', '.key-points li']) {
        expect(await bottom(page, selector), selector).toBeLessThanOrEqual(PHONE.height);
      }
      // The header is one compact row of controls and one of links.
      expect(await bottom(page, '.site-header')).toBeLessThanOrEqual(140);
      await expect(page.locator('#site-search-q')).toBeHidden();
    });
  }

  test('search opens from the header button, focused, and works; without JavaScript the button is a link to the search page', async ({ page, browser }) => {
    await page.goto(SEED);
    const open = page.getByRole('banner').getByRole('link', { name: 'Search' });
    await open.click();
    const box = page.locator('#site-search-q');
    await expect(box).toBeVisible();
    await expect(box).toBeFocused();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.type('Yeonpyeong');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const noJs = await context.newPage();
    await noJs.goto(SEED);
    await noJs.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(noJs).toHaveURL('/search/');
    await context.close();
  });

  test('sharing takes one row: the system sheet or copy, with the services folded into "More"', async ({ page }) => {
    await page.goto(SEED);
    const bar = page.locator('backstory-share-bar');
    const height = (await bar.boundingBox())!.height;
    expect(height).toBeLessThanOrEqual(48);
    await expect(bar.getByRole('link', { name: /^Email/ })).toBeHidden();
    await bar.getByText('More').click();
    await expect(bar.getByRole('link', { name: /^Email/ })).toBeVisible();
  });
});

test('desktop keeps its layout: the table of contents beside the text, every share service in the row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(SEED);
  const toc = (await page.locator('.toc').boundingBox())!;
  const prose = (await page.locator('.prose').boundingBox())!;
  expect(toc.x).toBeGreaterThan(prose.x + prose.width);
  await expect(page.locator('backstory-share-bar').getByRole('link', { name: /^Email/ })).toBeVisible();
  await expect(page.locator('#site-search-q')).toBeVisible();
});

test.describe('sources', () => {
  test('each marker is a 24 px target that leads to its numbered source, which leads back by the section’s name', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/articles/northern-limit-line/');
    const markers = page.locator('.prose a.cite-ref');
    expect(await markers.count()).toBeGreaterThan(10);
    for (const m of await markers.all()) {
      const box = (await m.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // Markers (and names that open cards) do not push lines apart: a paragraph with both keeps the body's line spacing.
    // (Korean and Japanese fonts are taller, so the paragraph is one without them.)
    const para = page
      .locator('.prose :is(p, li)', { has: page.locator('.cite') })
      .filter({ has: page.locator('.mention') })
      .filter({ hasNot: page.locator('[lang]:not(.context-card-native)') })
      .first();
    const { lines, height, lineHeight } = await para.evaluate((p) => {
      const lh = parseFloat(getComputedStyle(p).lineHeight);
      return { lines: Math.round(p.getBoundingClientRect().height / lh), height: p.getBoundingClientRect().height, lineHeight: lh };
    });
    expect(height).toBeLessThanOrEqual(lines * lineHeight + 1);

    const first = page.locator('.prose > p a.cite-ref').first();
    const n = (await first.textContent())!.replace(/\D/g, '');
    const href = (await first.getAttribute('href'))!;
    await expect(first).toHaveAccessibleName(`Source ${n}`);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const entry = page.locator(href);
    await expect(entry).toBeInViewport();
    expect(await entry.evaluate((li) => (li as HTMLLIElement).value)).toBe(Number(n));
    const back = entry.locator('.back a').filter({ hasText: 'the opening' });
    await back.click();
    await expect(first).toBeInViewport();
  });

  test('one numbered list with publisher, title in its own language, date and a link where known', async ({ page }) => {
    await page.goto('/articles/northern-limit-line/');
    const list = page.getByRole('region', { name: 'Sources' });
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe(10);
    await expect(list.locator('cite[lang="ko"]')).toHaveText('“북한군, 200여발 해안포 사격”');
    await expect(list.locator('a[href^="https://www.independent.co.uk/"]')).toHaveText(/South Korea sinks torpedo boat/);
    await expect(list.locator('a[href^="https://www.independent.co.uk/"]')).not.toHaveText(/https?:/); // the title is the link, not the address
    // No old-style footnotes or bare back-arrows left.
    await expect(page.locator('section.footnotes')).toHaveCount(0);
    await expect(page.getByText('↩')).toHaveCount(0);
  });
});

test.describe('context cards in place', () => {
  const card = '#context-card-kim-yo-jong';

  test('the name itself opens the card from the keyboard, one Tab stop, and the card links on to the entity page', async ({ page }) => {
    await page.goto(SEED);
    const name = page.locator('.prose').getByRole('button', { name: 'Kim Yo Jong', exact: true });
    await expect(name).toHaveCount(1); // later mentions stay plain text
    await expect(page.locator('.context-card-button')).toHaveCount(0);
    // Tab stops in the key points: one per mention and per source marker, nothing else.
    const stops = await page
      .locator('.key-points')
      .evaluate((kp) => [...kp.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => el.offsetParent !== null).length);
    const expected = (await page.locator('.key-points button.mention').count()) + (await page.locator('.key-points a.cite-ref').count());
    expect(stops).toBe(expected);
    await name.focus();
    await page.keyboard.press('Enter');
    const opened = page.getByRole('dialog', { name: 'Kim Yo Jong' });
    await expect(opened).toBeVisible();
    await expect(opened).toContainText('Kim Jong Un’s younger sister');
    await expect(opened.locator('[lang="ko"]')).toHaveText('김여정');
    await expect(opened.getByRole('link', { name: /Kim Yo Jong: profile, timeline and explainers/ })).toHaveAttribute('href', '/entities/kim-yo-jong/');
    await page.keyboard.press('Escape');
    await expect(page.locator(card)).toBeHidden();
    await expect(name).toBeFocused();
  });

  test('on a wide screen the card opens next to the name (under it, or over it near the bottom of the window)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(SEED);
    for (const scroll of ['start', 'end'] as const) {
      const name = page.locator('.prose').getByRole('button', { name: 'Kim Yo Jong', exact: true });
      // Instant: the page scrolls smoothly, and boxes measured mid-scroll disagree by a frame.
      await name.evaluate((el, block) => el.scrollIntoView({ block, behavior: 'instant' }), scroll);
      await name.click();
      const b = (await name.boundingBox())!;
      const c = (await page.locator(card).boundingBox())!;
      const gap = Math.min(Math.abs(c.y - (b.y + b.height)), Math.abs(c.y + c.height - b.y));
      expect(gap, scroll).toBeLessThanOrEqual(16);
      expect(Math.abs(c.x - b.x), scroll).toBeLessThanOrEqual(400);
      expect(c.y, scroll).toBeGreaterThanOrEqual(0);
      expect(c.y + c.height, scroll).toBeLessThanOrEqual(900);
      await page.keyboard.press('Escape');
    }
  });

  test('cards open without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEED);
    await page.locator('.prose').getByRole('button', { name: 'Kim Yo Jong', exact: true }).click();
    await expect(page.locator(card)).toBeVisible();
    await page.locator(card).getByRole('button', { name: 'Close' }).click();
    await expect(page.locator(card)).toBeHidden();
    await context.close();
  });
});

test.describe('copy actions say "Copied"', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the copy button reads "Copied", and a visible note says so to everyone', async ({ page }) => {
    await page.goto(SEED);
    const copy = page.locator('backstory-share-bar').getByRole('button', { name: 'Copy link' });
    await copy.click();
    await expect(page.locator('backstory-share-bar button[data-copy]')).toHaveText('Copied ✓');
    const note = page.getByRole('status').filter({ hasText: 'Link copied.' });
    await expect(note).toHaveAttribute('data-shown', '');
    expect((await note.boundingBox())!.width).toBeGreaterThan(80); // shown, not only announced
    await expect(page.locator('backstory-share-bar button[data-copy]')).toHaveText('Copy link', { timeout: 5000 });
    // Then it goes, staying in the page (a live region) but out of sight.
    await expect(note).not.toHaveAttribute('data-shown', '', { timeout: 5000 });
    expect((await note.boundingBox())!.width).toBeLessThanOrEqual(1);
  });
  test('a section link shows a visible note too', async ({ page }) => {
    await page.goto(SEED);
    await page.getByRole('heading', { name: 'Why it matters' }).hover();
    await page.getByRole('link', { name: 'Link to section: Why it matters' }).click();
    const note = page.getByRole('status').filter({ hasText: 'Link to this section copied.' });
    await expect(note).toHaveAttribute('data-shown', '');
    expect((await note.boundingBox())!.width).toBeGreaterThan(80);
  });
});

test.describe('the Northern Limit Line map', () => {
  /** The map's labels as laid out at a given width: the SVG inlined in a page that wide (its media queries see that width, as in the <img>). */
  async function labelSizes(page: Page, width: number): Promise<{ text: string; px: number }[]> {
    await page.goto('/articles/northern-limit-line/');
    const src = (await page.locator('.prose figure img').getAttribute('src'))!;
    const shown = (await page.locator('.prose figure img').boundingBox())!.width;
    expect(shown).toBeLessThanOrEqual(width);
    const svg = await (await page.request.get(src)).text();
    await page.setContent(
      `<!doctype html><body style="margin:0"><div style="width:${shown}px">${svg.replace('<svg ', '<svg style="width:100%;height:auto" ')}</div></body>`,
    );
    return page
      .locator('svg text')
      .evaluateAll((ts) =>
        ts
          .filter(
            (t) => (t as SVGTextElement).getBBox().width > 0 && getComputedStyle(t).display !== 'none' && getComputedStyle(t.parentElement!).display !== 'none',
          )
          .map((t) => ({ text: t.textContent!, px: t.getBoundingClientRect().height / 1.2 })),
      );
  }

  test('on a 390 px phone every label is at least 12 CSS px', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const labels = await labelSizes(page, PHONE.width);
    expect(labels.length).toBeGreaterThanOrEqual(8);
    for (const l of labels) expect(l.px, l.text).toBeGreaterThanOrEqual(12);
  });

  test('it shows both claimed lines, with a legend, and says where they come from', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const labels = (await labelSizes(page, PHONE.width)).map((l) => l.text);
    expect(labels).toContain('Northern Limit Line');
    expect(labels).toContain('North Korea’s line (1999)');
    await page.goto('/articles/northern-limit-line/');
    await expect(page.locator('.prose figure.figure figcaption')).toContainText('Sources: Reuters; KCNA');
  });

  test('in dark mode it is drawn dark, following the page’s theme', async ({ page }) => {
    const meanLightness = async () => {
      const img = page.locator('.prose figure img');
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(700);
      const { channels } = await sharp(await img.screenshot()).stats();
      return (channels[0]!.mean + channels[1]!.mean + channels[2]!.mean) / 3;
    };
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/articles/northern-limit-line/');
    expect(await meanLightness()).toBeGreaterThan(180);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await meanLightness()).toBeLessThan(90);
    // The reader's own choice counts too: light forced on a dark device.
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    expect(await meanLightness()).toBeGreaterThan(180);
  });
});

test.describe('stories and people', () => {
  test('/stories/ and /entities/ list what there is, reached from the header, the footer and the home page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Stories' })).toHaveAttribute('href', '/stories/');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'People and places' })).toHaveAttribute('href', '/entities/');
    await page
      .getByRole('region', { name: 'Running stories' })
      .getByRole('link', { name: /summit that wasn’t/ })
      .click();
    await expect(page).toHaveURL('/stories/japan-north-korea/');
    for (const path of ['/topics/', '/archive/']) {
      await page.goto(path);
      await expect(page.locator('.page-intro a[href="/stories/"]')).toBeVisible();
    }
    await page.goto('/stories/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
    await expect(page.getByRole('main').getByRole('link', { name: /summit that wasn’t/ })).toHaveAttribute('href', '/stories/japan-north-korea/');
    await page.goto('/entities/');
    const people = page.getByRole('region', { name: 'People' });
    await expect(people.getByRole('link', { name: 'Kim Jong Un' })).toHaveAttribute('href', '/entities/kim-jong-un/');
    await expect(people.locator('[lang="ko"]', { hasText: '김정은' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Places' }).getByRole('link', { name: 'Pyongyang' })).toBeVisible();
  });

  test('a story page says what the story is and where to start, and keeps a timeline of its own events without a source on every line', async ({ page }) => {
    await page.goto('/stories/japan-north-korea/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan and North Korea: the summit that wasn’t');
    const start = page.getByRole('region', { name: 'New to this story? Start here' });
    await expect(start.getByRole('link')).toHaveAttribute('href', SEED);
    const others = page
      .getByRole('main')
      .getByRole('article')
      .filter({ hasNot: page.locator('[href="' + SEED + '"]') });
    await expect(others).toHaveCount(5);
    const dates = await others.locator('time').evaluateAll((ts) => ts.map((t) => new Date(t.getAttribute('datetime')!).getTime()));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates); // newest first
    const timeline = page.getByRole('figure', { name: 'The story so far' }).getByRole('listitem');
    const entryDates = await timeline.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(entryDates[0]).toBe('2002-09-17'); // the summit, not a naval clash
    expect([...entryDates].sort()).toEqual(entryDates);
    expect(entryDates).not.toContain('1999-06-15');
    await expect(page.getByRole('main')).not.toContainText('From:');
  });

  test('an entity page gathers every dated event about it from every explainer, naming each explainer once per run', async ({ page }) => {
    await page.goto('/entities/kim-jong-un/');
    const timeline = page.getByRole('region', { name: 'Kim Jong Un: a timeline from our explainers' });
    const entries = timeline.getByRole('listitem');
    const dates = await entries.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    for (const d of ['2023-05-27', '2024-01-15', '2024-03-24', '2024-03-25']) expect(dates).toContain(d);
    expect([...dates].sort()).toEqual(dates);
    for (const text of await entries.allInnerTexts()) expect(text).toMatch(/Kim Jong Un|김정은/);
    expect(await timeline.locator('a.from').count()).toBeLessThan(await entries.count());
  });
});
