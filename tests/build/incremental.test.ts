import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/lib/corpus.mjs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { runAstro, shellEnv } from '../support/build-site.ts';
import { fragmentUrls } from '../../src/build/verify/verify-site.ts';

/**
 * Incremental builds (Astro's experimental.incrementalBuild, keys in
 * src/data/page-cache-keys.ts): a rebuild that copies unchanged pages from
 * the last build must write exactly what a cold build writes, byte for byte.
 */
const NOW = '2025-06-01T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'backstory-incremental-'));
const content = join(work, 'content');
const cache = join(work, 'cache');
const articleFile = (n: number) => join(content, 'articles', `explainer-${String(n).padStart(5, '0')}.md`);

/** Every file under dir, by path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

function expectSameSite(incremental: string, cold: string): void {
  const a = tree(incremental);
  const b = tree(cold);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
}

/** What the build says it did with the article pages (build/verify-build.ts prints it). */
function articlePages(log: string): { rendered: number; names: string[]; copied: number } {
  const m = /article pages: (\d+) rendered(?: \(([^)]*)\))?, (\d+) copied from the last build/.exec(log);
  if (!m) throw new Error(`the build did not report its article pages:\n${log}`);
  return { rendered: Number(m[1]), names: m[2] ? m[2].split(', ') : [], copied: Number(m[3]) };
}

/** What the build says it did with the search index's shards and the newest explainers' own index (build/pagefind-index.ts prints it). */
function shards(log: string): { shards: number; newest: number; indexed: number; whileRendering: number; kept: number } {
  const m = /in (\d+) shard\(s\)(?: and the newest (\d+) on their own)?: (\d+) indexed \((\d+) while the pages rendered\), (\d+) kept from the last build/.exec(
    log,
  );
  if (!m) throw new Error(`the build did not report its index shards:\n${log}`);
  return { shards: Number(m[1]), newest: Number(m[2] ?? 0), indexed: Number(m[3]), whileRendering: Number(m[4]), kept: Number(m[5]) };
}

/** The feed scopes ("/", "/topics/x/") whose feeds the build rendered, and those it took from the last build (Astro's route log: "cached" or "restored"). */
function feedScopes(log: string): { rendered: string[]; cached: string[] } {
  const scopes = { rendered: new Set<string>(), cached: new Set<string>() };
  for (const m of log.matchAll(/[├└]─ (\S*\/)(?:rss\.xml|atom\.xml|feed\.json)\/? \((cached|restored|\+[^)]*)\)/g)) {
    scopes[m[2]!.startsWith('+') ? 'rendered' : 'cached'].add(m[1]!);
  }
  return { rendered: [...scopes.rendered].sort(), cached: [...scopes.cached].sort() };
}

/** Whether an article is in the newest explainers' own index of a build. */
const inNewest = (outDir: string, n: number) => fragmentUrls(join(outDir, 'pagefind', 'newest')).has(`/articles/explainer-${String(n).padStart(5, '0')}/`);

const build = async (cacheDir: string) => {
  // Shards of about 5: the 30 explainers make several, so a rebuild can keep most of them.
  const result = await runAstro('build', content, { BACKSTORY_NOW: NOW, BACKSTORY_CACHE_DIR: cacheDir, BACKSTORY_SHARD_SIZE: '5' });
  expect(result.code, result.output).toBe(0);
  return result;
};

beforeAll(async () => {
  writeCorpus(content, 30, 7);
  await build(cache);
}, 300_000);

describe('incremental rebuilds', () => {
  it('after a body edit, render only the edited article and write what a cold build writes', async () => {
    writeFileSync(articleFile(3), `${readFileSync(articleFile(3), 'utf8')}\nA paragraph an editor added after publication.\n`);
    const rebuilt = await build(cache);
    expect(articlePages(rebuilt.output)).toEqual({ rendered: 1, names: ['explainer-00003'], copied: 29 });
    // The feeds that carry its body (the site's and its topics', all under 50 explainers here) are rendered again, the others copied.
    const topics = /^topics: \[(.*)\]$/m.exec(readFileSync(articleFile(3), 'utf8'))![1]!.split(', ');
    const feeds = feedScopes(rebuilt.output);
    expect(feeds.rendered).toEqual(['/', ...topics.map((t) => `/topics/${t}/`)].sort());
    expect(feeds.cached.length).toBeGreaterThan(0);
    // Only the edited explainer's shard is indexed again (and the newest
    // explainers' own index if it holds it); the others are copied, and the
    // result is what indexing all of them writes.
    const index = shards(rebuilt.output);
    expect(index.shards).toBeGreaterThanOrEqual(4);
    expect(index.newest).toBeGreaterThan(0);
    const again = 1 + (inNewest(rebuilt.outDir, 3) ? 1 : 0);
    // One page rendered completes no shard, so those are indexed from the page files after the pages.
    expect(index).toEqual({ shards: index.shards, newest: index.newest, indexed: again, whileRendering: 0, kept: index.shards + 1 - again });
    // A cold build renders every page, so every shard is indexed while the others render
    // (build/search-index-stream.ts); its index is byte for byte the rebuild's, whose edited shard came from the files.
    const cold = await build(join(work, 'cold-1'));
    expect(shards(cold.output)).toMatchObject({ indexed: index.shards + 1, whileRendering: index.shards + 1, kept: 0 });
    expectSameSite(rebuilt.outDir, cold.outDir);
  }, 300_000);

  it('keep body HTML out of the content store, and render again a body whose file is gone', async () => {
    // Astro writes its store as one string; bodies inside it capped the archive at about 40,000 explainers.
    const store = readFileSync(join(cache, 'data-store.json'), 'utf8');
    expect(store).toContain('explainer-00007');
    expect(store).not.toMatch(/<p>|\\u003Cp>|<h2|\\u003Ch2/);
    const bodies = join(cache, 'bodies', 'articles');
    const files = readdirSync(bodies);
    expect(files).toHaveLength(30);
    const seventh = files.find((f) => f.startsWith('explainer-00007.'))!;
    const html = readFileSync(join(bodies, seventh), 'utf8');
    expect(html).toMatch(/^<p>|<h2/);
    rmSync(join(bodies, seventh));
    // A title edit makes every page render again, so the seventh's page reads its body.
    writeFileSync(articleFile(9), readFileSync(articleFile(9), 'utf8').replace(/^title: .*$/m, 'title: "Ninth, retitled"'));
    const rebuilt = await build(cache);
    expect(articlePages(rebuilt.output)).toMatchObject({ rendered: 30 });
    expect(readFileSync(join(bodies, seventh), 'utf8')).toBe(html);
    expect(readdirSync(bodies)).toHaveLength(30);
    const cold = await build(join(work, 'cold-bodies'));
    expectSameSite(rebuilt.outDir, cold.outDir);
  }, 300_000);

  it('after a title edit (shown on other pages), render every page again and write what a cold build writes', async () => {
    writeFileSync(articleFile(5), readFileSync(articleFile(5), 'utf8').replace(/^title: .*$/m, 'title: "A headline the desk rewrote"'));
    const rebuilt = await build(cache);
    expect(articlePages(rebuilt.output)).toMatchObject({ rendered: 30, copied: 0 });
    expect(shards(rebuilt.output).shards).toBeGreaterThanOrEqual(4);
    const cold = await build(join(work, 'cold-2'));
    expectSameSite(rebuilt.outDir, cold.outDir);
    expect(readFileSync(join(rebuilt.outDir, 'index.html'), 'utf8')).toContain('A headline the desk rewrote');
  }, 300_000);
});

/**
 * Publishing again into the same output folder: a build starts from the site
 * the last publish replaced, brought up to date with the live one
 * (build/recycled-staging.ts). What it publishes must still be what a cold
 * build into an empty folder writes, after an edit, a deleted explainer and
 * a failed build in between.
 */
/** Starts `astro build` and kills it once it is writing pages; returns what it printed until then. */
function killWhileWritingPages(contentDir: string, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    env: { ...shellEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', BACKSTORY_CONTENT_DIR: contentDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
    if (log.includes('generating static routes')) child.kill('SIGKILL');
  });
  child.stderr.on('data', (d) => (log += d));
  return new Promise((done) => child.on('close', () => done(log)));
}

describe('rebuilds into the same output folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'backstory-republish-'));
  const corpus = join(root, 'content');
  const env = { BACKSTORY_NOW: NOW, BACKSTORY_OUT_DIR: join(root, 'dist'), BACKSTORY_CACHE_DIR: join(root, 'cache'), BACKSTORY_SHARD_SIZE: '5' };
  const file = (n: number) => join(corpus, 'articles', `explainer-${String(n).padStart(5, '0')}.md`);
  const staged = (log: string) => /staging: (\d+) route files carried over from the last site, (\d+) of them copied from it/.exec(log);
  const publish = async (extra: Record<string, string> = {}) => {
    const result = await runAstro('build', corpus, { ...env, ...extra });
    expect(result.code, result.output).toBe(0);
    return result;
  };

  it('start from the last site, copy only what changed, drop a deleted explainer, and publish what a cold build does', async () => {
    writeCorpus(corpus, 12, 11);
    const first = await publish();
    expect(staged(first.output)).toBeNull();
    // After a first build nothing was replaced: every route file comes from the live site.
    const second = await publish();
    const [, carried, copiedAll] = staged(second.output)!.map(Number);
    expect(copiedAll).toBe(carried);
    expect(carried).toBeGreaterThan(12);

    writeFileSync(file(3), `${readFileSync(file(3), 'utf8')}\nA paragraph an editor added after publication.\n`);
    rmSync(file(7));
    const third = await publish();
    // Now the start is the first build's site: only what the second build
    // wrote again (the pages without a key: home, feeds, sitemaps…) is copied.
    const copied = Number(staged(third.output)![2]);
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(carried!);
    expect(third.output).toMatch(/staging: removed [1-9]\d* route file\(s\) the last site had and this build does not/);
    expect(existsSync(join(env.BACKSTORY_OUT_DIR, 'articles', 'explainer-00007'))).toBe(false);
    const cold = await runAstro('build', corpus, { BACKSTORY_NOW: NOW, BACKSTORY_SHARD_SIZE: '5' });
    expect(cold.code, cold.output).toBe(0);
    expectSameSite(env.BACKSTORY_OUT_DIR, cold.outDir);

    // A build that failed before it wrote pages changed neither the site nor
    // Astro's page cache: the next one still starts from the last site.
    const body = readFileSync(file(5), 'utf8');
    writeFileSync(file(20), '---\ntitle: "No summary, no date"\n---\nBody.\n');
    const early = await runAstro('build', corpus, env);
    expect(early.code).not.toBe(0);
    expect(staged(early.output)).toBeNull();
    rmSync(file(20));
    // One stopped while writing pages (killed here) may have moved Astro's
    // cache past the live site: the next build starts empty and copies from
    // the cache.
    writeFileSync(file(5), `${body}\nA sentence the killed build was publishing.\n`);
    expect(await killWhileWritingPages(corpus, env)).toContain('staging: ');
    writeFileSync(file(5), body);
    const after = await publish();
    expect(staged(after.output)).toBeNull();
    expectSameSite(env.BACKSTORY_OUT_DIR, cold.outDir);
    // And the one after that starts from the last site again.
    const next = await publish();
    expect(staged(next.output)).not.toBeNull();
    expectSameSite(env.BACKSTORY_OUT_DIR, cold.outDir);
  }, 600_000);
});
