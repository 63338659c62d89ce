// npm run bench -- [--articles N] [--seed S] [--content DIR] [--keep] [--cards-warm] [--rebuild [--edit-one]] [--heap MB]
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
import { searchTiming } from './lib/search-timing.mjs';

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
    // Build from cold a second time with only the share images kept: the
    // peer comparison's condition (the peers draw no images), so the images'
    // cold cost is the difference between the two cold builds.
    'cards-warm': { type: 'boolean', default: false },
    // Node's heap limit for the build, in MB: npm run build's by default (package.json).
    heap: { type: 'string', default: '11264' },
  },
});
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
const n = Number(values.articles);
const content = values.content ? resolve(values.content) : writeCorpus(join(work, 'content'), n, Number(values.seed));
const outDir = join(work, 'dist');

/**
 * Peak resident set (VmHWM) of each process in the build's tree, polled:
 * Astro's node process (with its worker threads) and the programs it starts
 * (Pagefind's indexer, esbuild). Keyed by program name.
 */
function watchMemory(pid) {
  const peaks = new Map();
  const children = (p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const name = (p) => {
    const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const prog = (argv[0] ?? '').split('/').pop();
    const script = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
    return prog === 'node' ? `node ${script.split('/').pop()}` : readFileSync(`/proc/${p}/comm`, 'utf8').trim();
  };
  const timer = setInterval(() => {
    const stack = [pid];
    while (stack.length) {
      const p = stack.pop();
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
        const n = name(p);
        if (kb > (peaks.get(n) ?? 0)) peaks.set(n, kb);
      } catch {
        // The process ended while it was being read.
      }
      stack.push(...children(p));
    }
  }, 100);
  return () => {
    clearInterval(timer);
    const sorted = [...peaks].sort((a, b) => b[1] - a[1]).filter(([, kb]) => kb > 50 * 1024);
    return { mb: (sorted[0]?.[1] ?? 0) / 1024, name: sorted[0]?.[0] ?? '', each: sorted.map(([n, kb]) => `${n} ${(kb / 1024).toFixed(0)} MB`).join(', ') };
  };
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
  // The same heap limit as `npm run build` (package.json) unless --heap: Node's default (about 4 GB here) is too small at 20,000 articles.
  const child = spawn(process.execPath, [`--max-old-space-size=${Number(values.heap)}`, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
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

/**
 * Where a build's time went, from the timestamps of its log lines (Astro
 * prints HH:MM:SS, so to the second): each stage from the line that ends
 * the one before it to the line that ends it.
 */
function stageTimes(log) {
  const ends = [
    ['start', /\[content\] Syncing content/],
    ['content sync', /\[types\] Generated/],
    ['start-up (staging folder, build info)', /Building static entrypoints/],
    ['Vite bundling', /Rearranging server assets/],
    ['pages (rendered or carried over) and images', /\[build\] ✓ Completed in/, 'last'],
    ['security headers', /\[backstory:security-headers\]/],
    ['search index', /\[backstory:pagefind\]/],
    ['verification', /\[backstory:verify\] verified/],
    ['publish', /published to/],
  ];
  const lines = log.split('\n').filter((l) => /^\d\d:\d\d:\d\d /.test(l));
  const at = (re, which) => {
    const found = lines.filter((l) => re.test(l));
    const line = which === 'last' ? found.at(-1) : found[0];
    if (!line) return undefined;
    const [h, m, sec] = line.slice(0, 8).split(':').map(Number);
    return h * 3600 + m * 60 + sec;
  };
  const times = ends.map(([name, re, which]) => [name, at(re, which)]);
  return times.slice(1).flatMap(([name, t], i) => (t === undefined || times[i][1] === undefined ? [] : [[name, String(t - times[i][1])]]));
}

const { seconds, memory, log } = await build();
// The indexing step's own time after the pages, at the end of its log line ("indexed N pages in K shard(s): I indexed (R while the pages rendered)…, in S s after the pages").
const indexLine = /indexed \d+ pages in .*: (\d+) indexed \((\d+) while the pages rendered\).*, in ([\d.]+) s after the pages$/m.exec(log);
const indexing = Number(indexLine?.[3] ?? NaN);
const shardsWhileRendering = indexLine ? `${indexLine[2]} of ${indexLine[1]}` : 'not reported';
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
  return [...seen].filter(
    (u) => /pagefind|search-box|search-page/.test(u) || /\/pagefind\//.test(readFileSync(join(outDir, u), 'utf8').replace(/import\([^)]*\)/g, '')),
  );
})();
// What a reader downloads the first time they open search (before any query
// chunk): our search-box and loader chunks, Pagefind's JS, worker, WASM and
// every shard's entry and metadata.
// None of it is requested by a plain article view (tests/e2e/search.spec.ts).
const firstSearch = (() => {
  const astro = readdirSync(join(outDir, '_astro'))
    .filter((f) => /^(search-box|pagefind-loader)\..*\.js$/.test(f))
    .map((f) => join(outDir, '_astro', f));
  const pf = readdirSync(join(outDir, 'pagefind'))
    .filter((f) => ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'shards.json', 'wasm.en.pagefind'].includes(f) || /\.pf_meta$/.test(f))
    .map((f) => join(outDir, 'pagefind', f));
  // Every older shard's entry and metadata load too (search/shards.ts merges them on first use).
  const shardsDir = join(outDir, 'pagefind', 'shards');
  const shards = existsSync(shardsDir)
    ? readdirSync(shardsDir).flatMap((d) =>
        readdirSync(join(shardsDir, d))
          .filter((f) => f === 'pagefind-entry.json' || /\.pf_meta$/.test(f))
          .map((f) => join(shardsDir, d, f)),
      )
    : [];
  // Pagefind's .pagefind/.pf_meta files are gzipped already; the rest is counted as served gzipped.
  return [...astro, ...pf, ...shards].reduce((sum, f) => sum + (/\.(pagefind|pf_meta)$/.test(f) ? statSync(f).size : gzipSync(readFileSync(f)).length), 0);
})();

// A reader's first searches in Chromium, timed from the last keystroke
// (which includes the page's 120 ms typing pause) to the results.
const timing = await searchTiming(outDir, ['summit envoy', 'committee', 'harbour pension reform', 'xqzzy']);

const rows = [
  ['articles', String(values.content ? articles.length : n)],
  ['build (cold, incl. index) s', seconds.toFixed(2)],
  ['indexing after the pages s', indexing.toFixed(2)],
  ['  shards indexed while the pages rendered', shardsWhileRendering],
  ['peak memory, largest process', `${memory.mb.toFixed(0)} MB (${memory.name})`],
  ['peak memory of each process (> 50 MB)', memory.each],
  ['pages', String(pages)],
  ['dist size', `${dist.mb.toFixed(1)} MB in ${dist.files} files`],
  ['index size', `${index.mb.toFixed(1)} MB in ${index.files} files`],
  [`article page /articles/${sample}/ HTML gz`, `${kb(weight.html)} (CSS inlined: ${weight.cssInline ? 'yes' : 'no'})`],
  ['  of which CSS gz', kb(weight.css)],
  ['  JS gz', kb(weight.js)],
  [
    'search files loaded by a plain article view',
    `${searchOnView.length}${searchOnView.length ? ` (${searchOnView.join(', ')})` : ' (search loads on focus, / or Ctrl-K)'}`,
  ],
  ['search download on first use, gz', kb(firstSearch)],
  ['first search in Chromium: search code and index fetched (gz, from opening /search/), by its first answer', kb(timing[0].first.kb * 1024)],
  ["  by the whole index's answer", kb(timing[0].kb * 1024)],
  ...timing.flatMap((t, i) => [
    [`  ${i === 0 ? 'first' : 'then'} "${t.q}": first answer after the last keystroke`, `${t.first.ms} ms (${t.first.results})`],
    ["    whole index's answer", `${t.ms} ms (${t.results})`],
  ]),
  // Cards are drawn on worker threads while pages render, so their cost is
  // the cold build's extra time over a cold build with cards cached (--cards-warm).
  ['share images drawn (cold cache)', String(readdirSync(join(work, 'cache', 'share-images')).length)],
];
if (values['cards-warm']) {
  for (const entry of readdirSync(join(work, 'cache'))) if (entry !== 'share-images') rmSync(join(work, 'cache', entry), { recursive: true, force: true });
  const again = await build();
  rows.push(
    ['cold build with share images cached s', again.seconds.toFixed(2)],
    ['  so drawing the share images cost s', (seconds - again.seconds).toFixed(2)],
    ['  peak memory of each process', again.memory.each],
  );
}
if (values.rebuild) {
  if (values['edit-one'] && values.content) {
    console.error('--edit-one edits a generated corpus only; it never touches a --content folder.');
    process.exit(2);
  }
  // A newsroom publishes again and again into the same output folder, and a
  // build starts from the site the last publish replaced
  // (src/build/recycled-staging.ts): after a first build there is none yet.
  // So the first rebuild changes nothing and the second is after the edit.
  const rebuilds = values['edit-one'] ? ['no change', 'editing one article'] : ['no change'];
  for (const [i, what] of rebuilds.entries()) {
    if (what === 'editing one article') {
      const file = join(content, 'articles', readdirSync(join(content, 'articles')).sort()[0]);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added by the benchmark, as an editor's one edit.\n`);
    }
    const again = await build();
    const staged = /staging: (\d+) route files carried over from the last site, (\d+) of them copied/.exec(again.log);
    rows.push(
      [`${i === 0 ? 'rebuild' : 'then rebuild'} after ${what} (caches kept) s`, again.seconds.toFixed(2)],
      [
        '  article pages rendered / copied from the last build',
        (/article pages: (\d+) rendered(?: \([^)]*\))?, (\d+) copied/.exec(again.log) ?? []).slice(1, 3).join(' / '),
      ],
      ['  route files carried over from the last site / copied from it', staged ? `${staged[1]} / ${staged[2]}` : 'none (started empty)'],
      ...stageTimes(again.log).map(([stage, t]) => [`  ${stage} s`, t]),
      ['  peak memory of each process', again.memory.each],
    );
  }
}
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\n| ${'measure'.padEnd(w)} | value |\n|${'-'.repeat(w + 2)}|-------|`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(w)} | ${v} |`);
if (values.keep) console.log(`\nkept: ${work}`);
else rmSync(work, { recursive: true, force: true });
