import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFacts, siteFacts, siteFactsOnWorkers } from '../../../src/build/verify/page-facts.ts';
import { inlineCodeHashes } from '../../../src/outputs/security-headers.ts';
import { tempTree } from '../../support/file-tree.ts';

const ORIGIN = 'https://example.org';

const site = (files: Record<string, string>) => tempTree('facts-', files);

describe('page facts', () => {
  it('resolves internal links against the page, once each, and skips other origins and schemes', () => {
    const html =
      '<a href="../b/">b</a><a href="/articles/b/">again</a><a href="#top">t</a><img src="/x.png"><a href="https://other.org/">o</a><a href="mailto:a@b">m</a><a href="/c/?q=a&amp;b=1#s">c</a><p>an escaped &lt;a href="/not-a-link/"&gt;</p>';
    expect(pageFacts(html, 'articles/a/index.html', ORIGIN).targets).toEqual([
      ['../b/', '/articles/b/'],
      ['#top', '/articles/a/#top'],
      ['/x.png', '/x.png'],
      ['/c/?q=a&b=1#s', '/c/#s'],
    ]);
  });

  it("counts the share image a page announces as a link (its og:image and twitter:image), not the image's other meta", () => {
    const html =
      '<meta property="og:image" content="https://example.org/og/article/a.png"><meta property="og:image:alt" content="A card"><meta name="twitter:image" content="https://example.org/og/article/a.png"><meta property="og:url" content="https://example.org/articles/a/">';
    expect(pageFacts(html, 'articles/a/index.html', ORIGIN).targets).toEqual([['https://example.org/og/article/a.png', '/og/article/a.png']]);
  });

  it('keeps ids, inline code hashes and the article checks', () => {
    const html = `<h2 id="s&amp;1">S</h2><h2 id="s&amp;1">again</h2><script>go()</script><style>p{}</style><article data-pagefind-body><img src="__ASTRO_IMAGE_x"></article>`;
    const facts = pageFacts(html, 'index.html', ORIGIN);
    expect(facts.ids).toEqual(['s&1']);
    expect({ scripts: facts.scripts, styles: facts.styles }).toEqual(inlineCodeHashes(html));
    expect(facts.articleBody).toBe(true);
    expect(facts.unresolvedImage).toBe(true);
    expect(pageFacts('<p>list</p>', 'index.html', ORIGIN)).toMatchObject({ articleBody: false, unresolvedImage: false });
  });

  it('reads a page again only when its size or time changed since the cached facts', () => {
    const dir = site({ 'index.html': '<a href="/a/">a</a>', 'a/index.html': '<p id="one">1</p>', 'a/card.png': 'png' });
    const cache = join(dir, '..', `${dir.split('/').pop()}-facts.json`);
    expect([...siteFacts(dir, ORIGIN, cache).keys()]).toEqual(['a/index.html', 'index.html']);

    // Same size and time, other bytes: the cached facts stand (nothing reads the file)…
    const page = join(dir, 'a/index.html');
    const { atime, mtime } = statSync(page);
    writeFileSync(page, '<p id="two">2</p>');
    utimesSync(page, atime, mtime);
    expect(siteFacts(dir, ORIGIN, cache).get('a/index.html')!.ids).toEqual(['one']);
    // …a new time means a new page.
    utimesSync(page, atime, new Date(mtime.getTime() + 5000));
    expect(siteFacts(dir, ORIGIN, cache).get('a/index.html')!.ids).toEqual(['two']);
    // Facts kept for another origin are not used.
    utimesSync(page, atime, mtime);
    writeFileSync(join(dir, 'a/index.html'), '<p id="3">3</p>');
    utimesSync(page, atime, mtime);
    expect(siteFacts(dir, 'https://elsewhere.org', cache).get('a/index.html')!.ids).toEqual(['3']);
    // Without a cache file every page is read.
    expect(siteFacts(dir, ORIGIN).get('a/index.html')!.ids).toEqual(['3']);
  });

  it('reads a large site on worker threads into the same facts, cache and order as in one thread', async () => {
    // Enough pages (900) that the workers are used, with links, ids, inline code and non-ASCII text.
    const files: Record<string, string> = {};
    for (let i = 0; i < 900; i++) {
      files[`articles/a${i}/index.html`] =
        `<html><head><style>p{}</style><script>n=${i % 7}</script></head><body data-pagefind-body><h2 id="s${i}">한국어 ${i}</h2><a href="../a${(i + 1) % 900}/#s1">next</a><img src="/og/a${i}.png"></body></html>`;
    }
    const dir = site(files);
    const inThread = siteFacts(dir, ORIGIN);
    const cache = join(dir, '..', `${dir.split('/').pop()}-facts.json`);
    const onWorkers = await siteFactsOnWorkers(dir, ORIGIN, cache);
    expect([...onWorkers.keys()]).toEqual([...inThread.keys()]);
    expect(onWorkers).toEqual(inThread);
    expect(onWorkers.get('articles/a5/index.html')).toMatchObject({
      ids: ['s5'],
      articleBody: true,
      targets: [
        ['../a6/#s1', '/articles/a6/#s1'],
        ['/og/a5.png', '/og/a5.png'],
      ],
    });
    // …and it keeps them in the cache file the next build reads.
    expect((JSON.parse(readFileSync(cache, 'utf8')) as { pages: unknown[] }).pages).toHaveLength(900);
  });
});
