import { expect, test, type Page } from '@playwright/test';
import { SEED } from './site.ts';
import type { ShardList } from '../../src/search/shards.ts';
import { LARGE_ARCHIVE } from '../../src/search/first-answer.ts';

const results = (page: Page) => page.getByRole('main').locator('[data-results] > li');
const resultUrls = async (page: Page) =>
  results(page)
    .locator('.result-title a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const status = (page: Page) => page.getByRole('main').getByRole('status');

async function search(page: Page, query: string) {
  await page.goto(`/search/${query.startsWith('?') ? query : `?q=${encodeURIComponent(query)}`}`);
  await expect(status(page)).toContainText(/match|No explainers/);
}

/** Every text the search status shows from the next page load on, in order (a first answer's included, however brief). */
async function statusesSeen(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('noteStatus', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const text = document.querySelector('[data-status]')?.textContent;
      if (text) (window as unknown as { noteStatus: (t: string) => void }).noteStatus(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return seen;
}

test.describe('search page', () => {
  test('"Kishida summit conditions" finds the seed explainer first', async ({ page }) => {
    await search(page, 'Kishida summit conditions');
    expect((await resultUrls(page))[0]).toBe(SEED);
  });

  for (const [q, romanised] of [
    ['김정은', 'Kim Jong Un'],
    ['岸田文雄', 'Kishida'],
  ] as const) {
    test(`the native-script name ${q} and its romanised form ${romanised} both find the seed explainer`, async ({ page, request }) => {
      await search(page, q);
      const urls = await resultUrls(page);
      expect(urls).toContain(SEED);
      for (const url of urls) expect(await (await request.get(url)).text()).toContain(q);
      await search(page, romanised);
      expect((await resultUrls(page)).slice(0, 3)).toContain(SEED);
    });
  }

  test('results show title, date, topics and a marked excerpt, inside <main>, linking to articles with highlighting', async ({ page }) => {
    await search(page, 'Koizumi');
    await expect(page.getByRole('searchbox', { name: 'Search the explainers' })).toHaveValue('Koizumi');
    const first = results(page).first();
    await expect(first.locator('mark').first()).toHaveText(/Koizumi/i);
    await expect(first.locator('time')).toHaveText(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
    await expect(first.locator('.result-meta')).toContainText(/Japan|North Korea/);
    const hrefs = await results(page)
      .locator('.result-title a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/\?highlight=koizumi$/i);
  });

  test('sub-results link straight to the matching section', async ({ page }) => {
    await search(page, 'Yeonpyeong');
    const nll = results(page).filter({ has: page.locator('.result-title a[href^="/articles/northern-limit-line/"]') });
    const sub = nll.locator('.sub-results a').first();
    await expect(sub).toHaveAttribute('href', /^\/articles\/northern-limit-line\/\?highlight=yeonpyeong#[a-z0-9-]+$/i);
    const id = (await sub.getAttribute('href'))!.split('#')[1]!;
    await sub.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('arriving from a result highlights the matched words, and the highlight can be cleared', async ({ page }) => {
    await search(page, 'abductees');
    await results(page).locator('.result-title a').first().click();
    await expect(page).toHaveURL(/\?highlight=abductees$/);
    const marks = page.locator('article mark.search-highlight');
    await expect(marks.first()).toBeVisible();
    expect(await marks.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await expect(marks).toHaveCount(0);
    await expect(page).not.toHaveURL(/highlight=/);
  });

  test('a link restores exactly that search: query, filters, sort and page', async ({ page }) => {
    // The eleven explainers lie in several index shards: newest first must hold across them.
    const shards = (await (await page.request.get('/pagefind/shards.json')).json()) as { shards: { from: string; to: string }[] };
    expect(shards.shards.filter((s) => s.from <= '2022-01-11' && s.to >= '2022-01-01').length).toBeGreaterThanOrEqual(4);
    await search(page, '?q=zebrafinch&topic=test-fixtures&year=2022&sort=date&page=2');
    await expect(page.getByRole('searchbox', { name: 'Search the explainers' })).toHaveValue('zebrafinch');
    await expect(page.getByRole('checkbox', { name: /Test Fixtures/i })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^2022/ })).toBeChecked();
    await expect(page.getByLabel('Sort')).toHaveValue('date');
    await expect(status(page)).toHaveText('11 explainers match “zebrafinch”, newest first. Page 2 of 2.');
    // Newest first: page 2 holds the oldest of the eleven.
    expect(await resultUrls(page)).toEqual(['/articles/e2e-search-page-01/']);
    await expect(page.locator('[data-results]')).toHaveAttribute('start', '11'); // numbered on from page 1
    await page.getByRole('link', { name: '← Previous' }).click();
    await expect(page).toHaveURL(/sort=date$/);
    await expect.poll(() => resultUrls(page)).toHaveLength(10);
    expect((await resultUrls(page))[0]).toBe('/articles/e2e-search-page-11/');
    await page.goBack();
    await expect(page).toHaveURL(/page=2$/);
    await expect.poll(() => resultUrls(page)).toEqual(['/articles/e2e-search-page-01/']);
  });

  test('typing replaces the URL, choosing a filter adds a history entry, and Back/Forward restore each', async ({ page }) => {
    await page.goto('/search/');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('searchbox', { name: 'Search the explainers' }).pressSequentially('North Korea', { delay: 20 });
    await expect(page).toHaveURL(/\?q=North\+Korea$/);
    // The whole answer to the whole query: while typing, the status can still hold the answer to a shorter one ("North Kore").
    await expect(status(page)).toContainText(/match(es)? “North Korea”/);
    expect(await page.evaluate(() => history.length)).toBe(before); // replaceState while typing
    const all = await resultUrls(page);
    expect(all.length).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: /South Korea/ }).check();
    await expect(page).toHaveURL(/\?q=North\+Korea&topic=south-korea$/);
    await expect.poll(() => resultUrls(page)).toEqual(['/articles/northern-limit-line/']);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=North\+Korea$/);
    await expect(page.getByRole('checkbox', { name: /South Korea/ })).not.toBeChecked();
    await expect.poll(() => resultUrls(page)).toEqual(all);
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /South Korea/ })).toBeChecked();
    await expect.poll(() => resultUrls(page)).toEqual(['/articles/northern-limit-line/']);
  });

  test('values of one filter combine with OR, different filters with AND, each with its count', async ({ page }) => {
    const count = async (query: string) => {
      await search(page, query);
      return (await resultUrls(page)).length;
    };
    const people = await count('?topic=people');
    const security = await count('?topic=security');
    expect(await count('?topic=people&topic=security')).toBe(people + security); // no article has both
    await expect(page.getByRole('checkbox', { name: /^People/ })).toHaveAccessibleName(`People ${people} ${people === 1 ? 'explainer' : 'explainers'}`);
    // AND across filters: the NLL explainer is the only security one that mentions the line as an entity.
    await search(page, '?topic=security&entity=northern-limit-line');
    expect(await resultUrls(page)).toEqual(['/articles/northern-limit-line/']);
    await search(page, '?entity=kim-yo-jong&story=japan-north-korea');
    const withStory = await resultUrls(page);
    expect(withStory.length).toBeGreaterThan(1);
    await expect(page.getByRole('checkbox', { name: /Kim Yo Jong/ })).toHaveAccessibleName(`Kim Yo Jong ${withStory.length} explainers`);
  });

  test('sort by newest puts the latest explainer first', async ({ page }) => {
    await search(page, '?q=North+Korea&sort=date');
    const dates = await results(page)
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort((a, b) => Date.parse(b) - Date.parse(a))).toEqual(dates);
  });

  test('a quoted phrase matches only the exact phrase, as the hint says', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Put words in quotes for an exact phrase')).toBeVisible();
    await search(page, '"first summit"');
    const exact = await resultUrls(page);
    await search(page, 'first summit');
    expect(exact.length).toBeGreaterThan(0);
    expect((await resultUrls(page)).length).toBeGreaterThan(exact.length);
  });

  test('no results: suggests removing filters and links to topics and the archive', async ({ page }) => {
    await search(page, '?q=Yeonpyeong&topic=people');
    await expect(status(page)).toHaveText('No explainers match “Yeonpyeong” with these filters.');
    const again = page.getByRole('link', { name: 'Search again without filters' });
    await expect(again).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'the topics' })).toBeVisible();
    await again.click();
    await expect(page).toHaveURL(/\/search\/\?q=Yeonpyeong$/);
    await expect.poll(() => resultUrls(page)).toContain('/articles/northern-limit-line/');
  });

  test('drafts and future-dated articles are not in the search index', async ({ page }) => {
    for (const q of ['zeppelindraft', 'zeppelinfuture']) {
      await search(page, q);
      await expect(status(page)).toContainText('No explainers match');
    }
  });

  test('a first answer from the newest explainers shows while the archive is still searched, then the whole answer replaces it', async ({ page }) => {
    const list = (await (await page.request.get('/pagefind/shards.json')).json()) as ShardList;
    const newest = list.newest!;
    expect(newest.pages).toBeLessThan(list.shards.reduce((n, s) => n + s.pages, 0));
    const oldest = newest.from;
    // The whole archive's files are held back (Pagefind's worker fetches
    // them, so the context's routes see them): the first answer needs only
    // Pagefind's code and the newest explainers' own index.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.context().route(/\/pagefind\//, async (route) => {
      const path = new URL(route.request().url()).pathname;
      const forFirstAnswer = path.startsWith(`/pagefind/${newest.dir}`) || /^\/pagefind\/(pagefind\.js|pagefind-worker\.js|shards\.json)$/.test(path);
      if (!forFirstAnswer) await held;
      await route.continue();
    });
    // Pagefind searches in its web worker (it warns and searches on the main thread when the worker cannot start).
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search the explainers' }).pressSequentially('test', { delay: 30 });
    await expect(status(page)).toHaveText('The newest explainers for “test” first; still searching the archive…');
    const dates = await results(page)
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!.slice(0, 10)));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date >= oldest).toBe(true);
    await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('[data-pages]')).toBeEmpty();
    await expect(page.locator('[data-show-results]')).toBeHidden();
    // The filter counts are not this search's yet, so they do not show.
    await expect(page.locator('.facet-note')).toBeHidden();
    await expect(page.locator('label.filter .count').first()).toBeHidden();
    release();
    await expect(page.locator('.facet-note')).toBeVisible();
    await expect(status(page)).toHaveText(/^\d+ explainers match “test”\.( Page 1 of \d+\.)?$/);
    await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
    // The archive's answer counts explainers the newest explainers' index does not hold.
    const total = Number(/^(\d+)/.exec((await status(page).textContent())!)![1]);
    expect(total).toBeGreaterThan(dates.length);
    expect(warnings.filter((w) => /Pagefind|worker/i.test(w))).toEqual([]);
  });

  test('a first answer with no results is not shown, and on a small archive a search that arrives whole (a link) is answered once', async ({ page }) => {
    const seen = await statusesSeen(page);
    await page.goto('/search/');
    // Only the eleven 2022 fixtures have it, none among the newest explainers.
    await page.getByRole('searchbox', { name: 'Search the explainers' }).pressSequentially('zebrafinch', { delay: 30 });
    await expect(status(page)).toHaveText('11 explainers match “zebrafinch”. Page 1 of 2.');
    await search(page, 'test');
    await expect(status(page)).toHaveText(/^\d+ explainers match “test”\./);
    expect(seen.filter((t) => t.includes('still searching'))).toEqual([]);
  });

  test('on a large archive a search opened from a link gets a first answer too; a filter change and a later page do not', async ({ page }) => {
    // The e2e site is small; the list of shards is made to say the archive is large (its only use in the browser is that decision).
    await page.route('/pagefind/shards.json', async (route) => {
      const list = (await (await route.fetch()).json()) as ShardList;
      for (const s of list.shards) s.pages = LARGE_ARCHIVE;
      await route.fulfill({ json: list });
    });
    const seen = await statusesSeen(page);
    await search(page, 'test');
    await expect(status(page)).toHaveText(/^\d+ explainers match “test”\./);
    expect(seen).toContain('The newest explainers for “test” first; still searching the archive…');
    // A filter chosen on the page is answered once (the sheet's "Show N results" stays).
    seen.length = 0;
    // (The year of the newest explainers: a first answer would have results to show.)
    await page.locator('input[name="year"][value="2024"]').check();
    await expect(page).toHaveURL(/[?&]year=2024/);
    // Its status is written once, when the answer is in (a first answer would be written before it).
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    await expect(status(page)).toHaveText(/^\d+ (explainer matches|explainers match) “test”/);
    expect(seen.filter((t) => t.includes('still searching'))).toEqual([]);
    // A later page of results is the archive's only.
    seen.length = 0;
    await search(page, '?q=test&page=2');
    await expect(status(page)).toHaveText(/^\d+ explainers match “test”\. Page 2 of \d+\.$/);
    expect(seen.filter((t) => t.includes('still searching'))).toEqual([]);
  });

  test('without JavaScript the search page says why and links to topics and archive', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=Koizumi');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toHaveText(
      'Search runs in your browser and needs JavaScript. Without it, browse the topics or the archive.',
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'the topics' })).toBeVisible();
    await context.close();
  });
});

test.describe('header search box', () => {
  test('is a plain form on every page: without JavaScript it submits to /search/?q=', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/topics/');
    await page.getByRole('searchbox', { name: 'Search explainers' }).fill('abduction issue');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=abduction\+issue$/);
    await context.close();
  });

  test('loads no search code on a plain article view, and loads it when the reader presses /', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/') || /search-box|pagefind-loader|search-page/.test(path)) searchRequests.push(path);
    });
    await page.goto(SEED);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(searchRequests).toEqual([]);
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search explainers' });
    await expect(box).toBeFocused();
    await expect.poll(() => searchRequests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
  });

  test('instant results: Ctrl-K focuses, typing lists results, arrows move, Enter opens, Escape closes; the count is announced', async ({ page }) => {
    await page.goto('/archive/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search explainers' });
    await expect(box).toBeFocused();
    await box.pressSequentially('Yeonpyeong', { delay: 20 });
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('backstory-search-box [role="status"]')).toHaveText(/^\d+ explainers?(, and .+)?\. Use the arrow keys to choose\.$/);
    const options = listbox.getByRole('option');
    await expect(options.first()).toContainText('Northern Limit Line');
    await expect(options.last()).toHaveText(/All \d+ explainers? on the search page/);
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown'); // closed: nothing to move to
    await box.pressSequentially(' ', { delay: 20 });
    await expect(listbox).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/articles\/northern-limit-line\/\?highlight=yeonpyeong$/i);
  });

  test('Enter with no result chosen opens the full search page; / does nothing while typing in a field', async ({ page }) => {
    await page.goto('/topics/');
    // (Once focused, the box becomes a combobox, so it is found by its id.)
    const box = page.locator('#site-search-q');
    await box.click();
    await box.pressSequentially('a/b', { delay: 20 });
    await expect(box).toHaveValue('a/b');
    await box.fill('Koizumi');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Koizumi$/);
    await expect(status(page)).toContainText('match');
  });

  test("on the search page, / focuses the page's own search box", async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('backstory-search-box')).toHaveCount(0);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search the explainers' })).toBeFocused();
  });
});

test.describe('search precision and people', () => {
  for (const q of ['xqzzy', 'qwerty asdf', 'Megumi Yokotaa']) {
    test(`"${q}" matches nothing, says so, and offers what to do (no filters to remove)`, async ({ page }) => {
      await search(page, q);
      await expect(status(page)).toHaveText(`No explainers match “${q}”.`);
      expect(await resultUrls(page)).toEqual([]);
      const empty = page.getByRole('main').locator('[data-empty]');
      await expect(empty).toContainText(/No explainer has the words? “/);
      await expect(empty).toContainText('Check the spelling');
      await expect(page.getByRole('link', { name: 'Search again without filters' })).toBeHidden();
      await expect(empty.getByRole('link', { name: 'the archive' })).toBeVisible();
    });
  }

  test('a name finds the person first, in a group of its own that is not counted as explainers', async ({ page }) => {
    await search(page, 'Kim Yo Jong');
    const group = page.getByRole('region', { name: 'People, places and stories' });
    await expect(group.getByRole('link').first()).toHaveAttribute('href', '/entities/kim-yo-jong/');
    await expect(group).toContainText('김여정');
    await expect(group).toContainText('Person · ');
    const n = (await resultUrls(page)).length;
    await expect(status(page)).toHaveText(`${n} explainers match “Kim Yo Jong”.`);
    expect((await resultUrls(page))[0]).toBe('/articles/who-is-kim-yo-jong/');
    await search(page, 'sanctions');
    await expect(group).toBeHidden();
  });

  for (const [q, whole] of [
    ['文雄', '岸田文雄'],
    ['정은', '김정은'],
  ] as const) {
    test(`the name part ${q} finds the explainers that write ${whole}`, async ({ page, request }) => {
      await search(page, q);
      const urls = await resultUrls(page);
      expect(urls).toContain(SEED);
      for (const url of urls) expect(await (await request.get(url)).text()).toContain(whole);
    });
  }

  test('excerpts read as prose: a timeline entry is "date: text", no footnote numbers, no share-bar words', async ({ page }) => {
    await search(page, '"Five abductees returned"');
    const excerpts = await results(page).locator('.excerpt').allInnerTexts();
    expect(excerpts.join(' ')).toMatch(/15 October 2002: Five abductees returned/);
    for (const text of excerpts) {
      expect(text).not.toMatch(/\d[A-Z]|Copy link|opens in a new tab|Report an error/);
    }
  });
});

test.describe('filters on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filter sheet keeps "Show N results" on screen, chips remove a filter, "Clear all" removes all', async ({ page }) => {
    await search(page, 'North Korea');
    const total = (await resultUrls(page)).length;
    await page.getByText('Filter and sort').click();
    await page.getByRole('checkbox', { name: /^History/ }).check();
    await expect(page).toHaveURL(/topic=history/);
    const show = page.getByRole('button', { name: /^Show \d+ results?$/ });
    await expect(show).toBeInViewport();
    // The URL changes at once, the results when the search is in.
    await expect.poll(async () => (await resultUrls(page)).length).toBeLessThan(total);
    const n = (await resultUrls(page)).length;
    await expect(show).toHaveText(`Show ${n} results`);
    await show.click();
    await expect(page.getByRole('checkbox', { name: /^History/ })).toBeHidden(); // the sheet closed
    await expect(status(page)).toBeInViewport();
    await expect(status(page)).toHaveText(`${n} explainers match “North Korea”.`);
    // The chosen filter as a chip; removing it restores every result.
    const chip = page.getByRole('button', { name: 'Remove filter: History' });
    await expect(chip).toBeVisible();
    await chip.click();
    await expect(page).toHaveURL(/\?q=North\+Korea$/);
    await expect.poll(() => resultUrls(page)).toHaveLength(total);
    await expect(chip).toBeHidden();
    // "Clear all" removes every filter at once.
    await search(page, '?q=North+Korea&topic=history&topic=japan');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).toHaveURL(/\?q=North\+Korea$/);
  });

  test('a long story name wraps as a line of text, and every filter row is at least 24 px tall', async ({ page }) => {
    await search(page, '?q=summit');
    await page.getByText('Filter and sort').click();
    const rows = page.locator('label.filter:visible');
    for (const box of await rows.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(24);
    const legends = await page.locator('fieldset[data-facet]:visible legend').allInnerTexts();
    expect(new Set(legends).size).toBe(legends.length); // one label per group
  });
});
