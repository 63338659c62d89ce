import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/lib/corpus.mjs';
import { runAstro } from '../support/build-site.ts';
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
function shards(log: string): { shards: number; newest: number; indexed: number; kept: number } {
  const m = /in (\d+) shard\(s\)(?: and the newest (\d+) on their own)?: (\d+) indexed, (\d+) kept from the last build/.exec(log);
  if (!m) throw new Error(`the build did not report its index shards:\n${log}`);
  return { shards: Number(m[1]), newest: Number(m[2] ?? 0), indexed: Number(m[3]), kept: Number(m[4]) };
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
    // Only the edited explainer's shard is indexed again (and the newest
    // explainers' own index if it holds it); the others are copied, and the
    // result is what indexing all of them writes.
    const index = shards(rebuilt.output);
    expect(index.shards).toBeGreaterThanOrEqual(4);
    expect(index.newest).toBeGreaterThan(0);
    const again = 1 + (inNewest(rebuilt.outDir, 3) ? 1 : 0);
    expect(index).toEqual({ shards: index.shards, newest: index.newest, indexed: again, kept: index.shards + 1 - again });
    const cold = await build(join(work, 'cold-1'));
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
