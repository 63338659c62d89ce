import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { verifySite } from '../../../src/build/verify/verify-site.ts';

const SITE = new URL('https://backstory.example/');

/** A tiny dist/: article pages, index fragments, sitemap and feeds as given. */
function dist(opts: { pages: string[]; indexed: string[]; unlisted?: string[]; sitemap: string[]; feed: string[]; extraHtml?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  for (const slug of opts.pages) {
    mkdirSync(join(dir, 'articles', slug), { recursive: true });
    writeFileSync(join(dir, 'articles', slug, 'index.html'), `<article data-pagefind-body><h2 id="x">X</h2>${opts.extraHtml ?? ''}</article>`);
  }
  // The index in two shards: the first indexed page in the primary, the rest in an older shard.
  const shardDir = (i: number) => (i === 0 ? '' : 'shards/2020-01-01/');
  for (const d of ['', 'shards/2020-01-01/', 'shards/unlisted/']) mkdirSync(join(dir, 'pagefind', d, 'fragment'), { recursive: true });
  opts.indexed.forEach((slug, i) =>
    writeFileSync(join(dir, 'pagefind', shardDir(i), 'fragment', `en_${i}.pf_fragment`), gzipSync(`pagefind_dcd{"url":"/articles/${slug}/"}`)),
  );
  for (const slug of opts.unlisted ?? [])
    writeFileSync(join(dir, 'pagefind', 'shards/unlisted/', 'fragment', `en_${slug}.pf_fragment`), gzipSync(`pagefind_dcd{"url":"/articles/${slug}/"}`));
  const shard = (name: string, d: string) => ({ name, dir: d, from: name, to: name, pages: 1 });
  writeFileSync(join(dir, 'pagefind', 'shards.json'), JSON.stringify({ shards: [shard('2024-01-01', ''), shard('2020-01-01', 'shards/2020-01-01/')] }));
  writeFileSync(join(dir, 'sitemap.xml'), opts.sitemap.map((s) => `<url><loc>${SITE.origin}/articles/${s}/</loc></url>`).join(''));
  const url = (s: string) => `${SITE.origin}/articles/${s}/`;
  writeFileSync(join(dir, 'rss.xml'), opts.feed.map((s) => `<item><guid isPermaLink="false">${url(s)}</guid></item>`).join(''));
  writeFileSync(join(dir, 'atom.xml'), opts.feed.map((s) => `<entry>\n<title type="html">t</title>\n<id>${url(s)}</id></entry>`).join(''));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({ items: opts.feed.map((s) => ({ id: url(s) })) }, null, 2));
  return dir;
}

describe('post-build verification', () => {
  const manifest = { articles: ['a', 'b'], published: {}, feeds: [{ path: '/', slugs: ['a', 'b'] }], redirects: [] };

  it('passes a complete site and counts what it checked', () => {
    const dir = dist({ pages: ['a', 'b'], indexed: ['a', 'b'], sitemap: ['a', 'b'], feed: ['a', 'b'] });
    expect(verifySite(dir, manifest, SITE)).toEqual({
      counts: { articles: 2, pages: 2, indexed: 2, 'sitemap URLs': 2, feeds: 3, 'feed entries': 6 },
      problems: [],
    });
  });

  it('names an article whose figure image Astro left unresolved', () => {
    const dir = dist({
      pages: ['a', 'b'],
      indexed: ['a', 'b'],
      sitemap: ['a', 'b'],
      feed: ['a', 'b'],
      extraHtml: '<img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;x.svg&#x22;}">',
    });
    expect(verifySite(dir, manifest, SITE).problems).toContain(
      "/articles/a/: a figure's image was not processed (Astro's placeholder __ASTRO_IMAGE_ is in the page). Fix: build again; if it stays, delete the cache folder and .astro/ and build from cold.",
    );
  });

  it('counts the index as the browser merges it: every listed shard, and no page of a shard the list leaves out', () => {
    const ok = dist({ pages: ['a', 'b'], indexed: ['a', 'b'], sitemap: ['a', 'b'], feed: ['a', 'b'] });
    expect(verifySite(ok, manifest, SITE).problems).toEqual([]);
    const unlisted = dist({ pages: ['a', 'b'], indexed: ['a'], unlisted: ['b'], sitemap: ['a', 'b'], feed: ['a', 'b'] });
    expect(verifySite(unlisted, manifest, SITE).problems).toEqual(['/articles/b/: not in the search index']);
  });

  it('names every gap: page, search record, sitemap entry, feed entry, broken link or fragment', () => {
    const dir = dist({ pages: ['a'], indexed: ['a'], sitemap: ['a'], feed: ['a'], extraHtml: '<a href="/articles/a/#nope">x</a><a href="/gone/">y</a>' });
    expect(verifySite(dir, manifest, SITE).problems).toEqual([
      '/articles/b/: no article page in dist/',
      '/articles/b/: not in the search index',
      '/articles/b/: not in sitemap.xml',
      '/rss.xml: missing /articles/b/',
      '/atom.xml: missing /articles/b/',
      '/feed.json: missing /articles/b/',
      'articles/a/index.html: /articles/a/#nope: no such fragment',
      'articles/a/index.html: /gone/: no such page',
    ]);
  });
});
