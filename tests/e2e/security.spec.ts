import { expect, test } from '@playwright/test';
import { SEED } from './site.ts';

/**
 * The preview server sends dist/_headers; every page type, used the way
 * readers use it (search, header box, highlight, share, context card, theme
 * toggle), must run with zero Content-Security-Policy violations.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('security headers are sent: CSP without unsafe-inline, and the rest', async ({ request }) => {
  const res = await request.get(SEED);
  const csp = res.headers()['content-security-policy']!;
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("object-src 'none'");
  expect(res.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(res.headers()['permissions-policy']).toContain('camera=()');
});

test('zero CSP violations and no unknown Permissions-Policy feature on every page type, search and sharing included', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (m) => {
    // CSP violations, and a Permissions-Policy naming a feature the browser does not know.
    if (/Content.Security.Policy|Unrecognized feature/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of [
    '/',
    '/topics/',
    '/topics/japan/',
    '/archive/',
    '/archive/2024/',
    '/entities/kim-jong-un/',
    '/stories/',
    '/stories/japan-north-korea/',
    '/entities/',
    '/authors/staff/',
    '/about/',
    '/does-not-exist/',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Search page with a query, filters and results.
  await page.goto('/search/?q=abduction&topic=japan');
  await expect(page.getByRole('main').getByRole('status')).toContainText('match');
  // Header box: instant results.
  await page.goto('/topics/');
  await page.keyboard.press('/');
  await page.keyboard.type('Yeonpyeong');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  // An article: highlight from search, a context card, the theme toggle, sharing.
  await page.goto(`${SEED}?highlight=abduction`);
  await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
  await page.locator('.prose').getByRole('button', { name: 'Kim Jong Un' }).first().click();
  await page.keyboard.press('Escape');
  await page.locator('backstory-theme-toggle button').click();
  await page.locator('backstory-share-bar').getByRole('button', { name: 'Copy link' }).click();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  // The detector itself works: an inline script nobody hashed is refused and reported.
  await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
