// node scripts/lighthouse.mjs [baseUrl] [path ...]
// Lighthouse (mobile) scores of the main page types of a running site
// (default: `npm start` on 127.0.0.1:4321), in Debian's Chromium, offline.
// Prints one row per page and every audit below 100; exits 1 if any
// category scores under 100.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.mjs';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/articles/kim-jong-un-japan-summit/', '/topics/', '/topics/japan/', '/archive/2024/', '/search/?q=Koizumi'];
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_ARGS,
  userDataDir: mkdtempSync(join(tmpdir(), 'bs-lh-')),
});
let worst = 100;
try {
  console.log('| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|');
  const notes = [];
  const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
  const once = async (path) => {
    const { lhr } = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    return { lhr, scores: CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)) };
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const path of pages) {
    // Lighthouse's performance score varies from run to run on a busy 2-core
    // machine; as its docs advise, a page below 100 is measured three times
    // and each category's median is reported.
    let { lhr, scores } = await once(path);
    if (scores.some((x) => x < 100)) {
      const runs = [{ lhr, scores }, await once(path), await once(path)];
      scores = CATEGORIES.map((_, i) => median(runs.map((r) => r.scores[i])));
      lhr = runs.find((r) => r.scores[0] === scores[0])?.lhr ?? lhr;
    }
    worst = Math.min(worst, ...scores);
    console.log(`| ${path} | ${scores.join(' | ')} |`);
    for (const a of Object.values(lhr.audits)) {
      if (a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode)) {
        notes.push(`${path}: ${a.id} ${a.displayValue ?? ''}`);
      }
    }
  }
  if (notes.length) console.log(`\nAudits below 100 (weighted or not):\n  ${notes.join('\n  ')}`);
} finally {
  chrome.kill();
}
process.exit(worst < 100 ? 1 : 0);
