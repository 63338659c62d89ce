import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { articlePageRendered, expectArticlePages, streamIndexing } from '../../../src/build/search-index-stream.ts';
import { shardKey } from '../../../src/build/search-shard-index.ts';
import { pageDigest } from '../../../src/build/verify/page-facts.ts';
import { planIndex } from '../../../src/domain/search-shards.ts';

const page = (slug: string) =>
  `<!doctype html><html lang="en"><head><title>${slug}</title></head><body><main data-pagefind-body><h1>${slug}</h1><p>Words about ${slug}.</p></main></body></html>`;
// Six explainers on six days: shards of two (three shards), and the newest one on its own.
const pages = Array.from({ length: 6 }, (_, i) => ({ slug: `e${i + 1}`, day: `2024-01-0${i + 1}` }));
const keyDir = (cache: string, slugs: string[]) =>
  join(
    cache,
    shardKey({ name: 'x', from: '', to: '', slugs }, (slug) => pageDigest(page(slug)), '2000'),
  );

afterAll(() => pagefind.close());

describe('indexing article pages as they render', () => {
  it('stores each shard whose pages all arrived, under the key the index step computes from the files; others are left to it', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'backstory-stream-'));
    const stream = streamIndexing(cache, 2, '2000');
    expectArticlePages(pages);
    // Newest first, as Astro renders them; e2 never arrives (its shard is left to the index step).
    for (const slug of ['e6', 'e5', 'e4', 'e3', 'e1']) articlePageRendered(slug, Buffer.from(page(slug)));
    const stored = await stream.finish();
    const { shards, newest } = planIndex(pages, 2);
    expect(shards.map((s) => s.slugs)).toEqual([
      ['e5', 'e6'],
      ['e3', 'e4'],
      ['e1', 'e2'],
    ]);
    expect(newest?.slugs).toEqual(['e6']);
    const expected = [['e5', 'e6'], ['e3', 'e4'], ['e6']].map((slugs) => keyDir(cache, slugs));
    expect([...stored].sort()).toEqual(expected.map((d) => d.split('/').pop()).sort());
    for (const dir of expected) expect(existsSync(join(dir, 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(keyDir(cache, ['e1', 'e2']))).toBe(false);
    // After finish, pages go nowhere.
    articlePageRendered('e2', Buffer.from(page('e2')));
    expect(existsSync(keyDir(cache, ['e1', 'e2']))).toBe(false);
  }, 60_000);

  it('holds a bounded number of pages: beyond it a shard is left to the index step', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'backstory-stream-'));
    const stream = streamIndexing(cache, 2, '2000', 6);
    expectArticlePages(pages);
    // One page of each shard before the second, so pages pile up: e1, e3, e5, e6 (held twice: its shard's and the newest's) and e2 make
    // the 6 pages allowed, the shards being indexed still holding theirs, so e4 finds the cap reached and its shard is dropped.
    for (const slug of ['e1', 'e3', 'e5', 'e6', 'e2', 'e4']) articlePageRendered(slug, Buffer.from(page(slug)));
    const stored = await stream.finish();
    expect([...stored].sort()).toEqual([keyDir(cache, ['e5', 'e6']), keyDir(cache, ['e6']), keyDir(cache, ['e1', 'e2'])].map((d) => d.split('/').pop()).sort());
    expect(existsSync(keyDir(cache, ['e3', 'e4']))).toBe(false);
  }, 60_000);

  it('leaves every shard to the index step, without hanging the build, when shards cannot be stored', async () => {
    // The cache folder is a file, so no shard can be written into it.
    const blocked = join(mkdtempSync(join(tmpdir(), 'backstory-stream-')), 'not-a-folder');
    writeFileSync(blocked, '');
    const stream = streamIndexing(blocked, 2, '2000');
    expectArticlePages(pages);
    for (const slug of ['e6', 'e5', 'e4', 'e3', 'e2', 'e1']) articlePageRendered(slug, Buffer.from(page(slug)));
    expect((await stream.finish()).size).toBe(0);
  }, 60_000);
});
