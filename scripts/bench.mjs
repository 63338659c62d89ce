// npm run bench -- [--articles N] [--seed S] [--content DIR] [--keep]
// Generates N synthetic explainers (or uses --content), builds them from cold
// (fresh output and cache folders) and prints one table of figures.
// A benchmark, not a test: it reports numbers, it does not pass or fail.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus.mjs';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    content: { type: 'string' },
    keep: { type: 'boolean', default: false },
    // Build a second time with the caches of the first (share cards, Astro's content and assets).
    rebuild: { type: 'boolean', default: false },
    // With --rebuild: first edit one article, as an editor would, so the rebuild is "after one edit".
    'edit-one': { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
const n = Number(values.articles);
const content = values.content ? resolve(values.content) : writeCorpus(join(work, 'content'), n, Number(values.seed));
const outDir = join(work, 'dist');

/** Largest resident set seen for any process in the build's tree (VmHWM), polled. */
function watchMemory(pid) {
  let peak = 0;
  let peakName = '';
  const children = (p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const timer = setInterval(() => {
    const stack = [pid];
    while (stack.length) {
      const p = stack.pop();
      try {
        const status = readFileSync(`/proc/${p}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        if (kb > peak) {
          peak = kb;
          peakName = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').map((s) => s.split('/').pop()).slice(0, 2).join(' ');
        }
      } catch {}
      stack.push(...children(p));
    }
  }, 100);
  return () => (clearInterval(timer), { mb: peak / 1024, name: peakName });
}

function duSize(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { mb: bytes / 1024 / 1024, files };
}

function pageWeight(file) {
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(outDir, m[1]), 'utf8')).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const linkedJs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(outDir, m[1]), 'utf8')).join('');
  const gz = (s) => (s ? gzipSync(s).length : 0);
  return { html: gz(html), css: gz(css + linkedCss), cssInline: !linkedCss, js: gz(inlineJs + linkedJs) };
}

/** One `astro build` of the corpus into outDir with the bench's cache folder: time, peak memory, log. */
async function build() {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      BACKSTORY_CONTENT_DIR: content,
      BACKSTORY_OUT_DIR: outDir,
      BACKSTORY_CACHE_DIR: join(work, 'cache'),
      BACKSTORY_NOW: process.env.BACKSTORY_NOW ?? '2025-06-01T00:00:00Z',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopMemory = watchMemory(child.pid);
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const code = await new Promise((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const memory = stopMemory();
  if (code !== 0) {
    console.error(log);
    console.error(`build failed (exit ${code}); work folder kept: ${work}`);
    process.exit(1);
  }
  return { seconds, memory, log };
}

/** Share cards written and the time Astro logged for them ("/og/article/x.png (+85ms)"). */
function shareCardTimes(log) {
  const ms = [...log.matchAll(/\/og\/[a-z]+\/[a-z0-9-]+\.png \(\+(\d+)ms\)/g)].map((m) => Number(m[1]));
  return { count: ms.length, total: ms.reduce((a, b) => a + b, 0) };
}

const { seconds, memory, log } = await build();
const cards = shareCardTimes(log);
const indexing = Number(/indexed \d+ pages in ([\d.]+) s/.exec(log)?.[1] ?? NaN);
const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
const dist = duSize(outDir);
const index = duSize(join(outDir, 'pagefind'));
const articles = readdirSync(join(outDir, 'articles')).sort();
const sample = articles[0];
const weight = pageWeight(join(outDir, 'articles', sample, 'index.html'));
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
// Scripts an article view loads before any interaction: its <script src>
// modules and their static imports (dynamic import() only runs on use).
const searchOnView = (() => {
  const html = readFileSync(join(outDir, 'articles', sample, 'index.html'), 'utf8');
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(outDir, url), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) visit(new URL(m[1], `http://x${url}`).pathname);
  };
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) visit(m[1]);
  return [...seen].filter((u) => /pagefind|search-box|search-page/.test(u) || /\/pagefind\//.test(readFileSync(join(outDir, u), 'utf8').replace(/import\([^)]*\)/g, '')));
})();
// What a reader downloads the first time they open search (before any query
// chunk): our search-box and loader chunks, Pagefind's JS, WASM and metadata.
// None of it is requested by a plain article view (tests/e2e/search.spec.ts).
const firstSearch = (() => {
  const astro = readdirSync(join(outDir, '_astro')).filter((f) => /^(search-box|pagefind-loader)\..*\.js$/.test(f)).map((f) => join(outDir, '_astro', f));
  const pf = readdirSync(join(outDir, 'pagefind'))
    .filter((f) => f === 'pagefind.js' || f === 'pagefind-entry.json' || f === 'wasm.en.pagefind' || /\.pf_meta$/.test(f))
    .map((f) => join(outDir, 'pagefind', f));
  // Pagefind's .pagefind/.pf_meta files are gzipped already; the rest is counted as served gzipped.
  return [...astro, ...pf].reduce((sum, f) => sum + (/\.(pagefind|pf_meta)$/.test(f) ? statSync(f).size : gzipSync(readFileSync(f)).length), 0);
})();

const rows = [
  ['articles', String(values.content ? articles.length : n)],
  ['build (cold, incl. index) s', seconds.toFixed(2)],
  ['indexing s', indexing.toFixed(2)],
  ['peak memory, largest process', `${memory.mb.toFixed(0)} MB (${memory.name})`],
  ['pages', String(pages)],
  ['dist size', `${dist.mb.toFixed(1)} MB in ${dist.files} files`],
  ['index size', `${index.mb.toFixed(1)} MB in ${index.files} files`],
  [`article page /articles/${sample}/ HTML gz`, `${kb(weight.html)} (CSS inlined: ${weight.cssInline ? 'yes' : 'no'})`],
  ['  of which CSS gz', kb(weight.css)],
  ['  JS gz', kb(weight.js)],
  ['search files loaded by a plain article view', `${searchOnView.length}${searchOnView.length ? ` (${searchOnView.join(', ')})` : ' (search loads on focus, / or Ctrl-K)'}`],
  ['search download on first use, gz', kb(firstSearch)],
  ['share cards (cold cache): count, total, per card', `${cards.count}, ${(cards.total / 1000).toFixed(1)} s, ${(cards.total / Math.max(1, cards.count)).toFixed(0)} ms`],
];
if (values.rebuild) {
  if (values['edit-one'] && values.content) {
    console.error('--edit-one edits a generated corpus only; it never touches a --content folder.');
    process.exit(2);
  }
  if (values['edit-one']) {
    const file = join(content, 'articles', readdirSync(join(content, 'articles')).sort()[0]);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added by the benchmark, as an editor's one edit.\n`);
  }
  const second = await build();
  const warm = shareCardTimes(second.log);
  rows.push(
    [`rebuild after ${values['edit-one'] ? 'editing one article' : 'no change'} (caches kept) s`, second.seconds.toFixed(2)],
    ['share cards (cached): count, total, per card', `${warm.count}, ${(warm.total / 1000).toFixed(1)} s, ${(warm.total / Math.max(1, warm.count)).toFixed(0)} ms`],
  );
}
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\n| ${'measure'.padEnd(w)} | value |\n|${'-'.repeat(w + 2)}|-------|`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(w)} | ${v} |`);
if (values.keep) console.log(`\nkept: ${work}`);
else rmSync(work, { recursive: true, force: true });
