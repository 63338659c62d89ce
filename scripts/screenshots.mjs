// Screenshots of the main page types at desktop and phone widths, light and
// dark, for looking at the site the way a reader does.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir] [path ...]
import { chromium } from '@playwright/test';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.mjs';

const [base = 'http://127.0.0.1:4321', out = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/articles/kim-jong-un-japan-summit/', '/topics/japan/', '/archive/2024/', '/search/?q=Koizumi'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bs-shot-')), {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  headless: true,
});
for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    for (const p of pages) {
      await page.goto(base + p, { waitUntil: 'networkidle' });
      const name = `${label}-${scheme}-${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
      console.log(join(out, name));
    }
    await page.close();
  }
}
await browser.close();
