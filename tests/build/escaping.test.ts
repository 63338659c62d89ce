import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { runAstro, type BuildResult } from '../support/build-site.ts';

/**
 * Front matter and entity text are text everywhere they appear: a headline
 * of `</script><script>alert(1)</script> & "quotes"` and an entity named with
 * an <img onerror> must come out escaped in HTML, JSON-LD, feeds and share
 * cards, never as markup.
 */
const WRITTEN = '</script><script>alert(1)</script> & "quotes"';
/** As readers see it: the straight quotes an editor typed are set curly (markdown/typography.ts). */
const TITLE = '</script><script>alert(1)</script> & “quotes”';
let build: BuildResult;
const file = (p: string) => readFileSync(join(build.outDir, p), 'utf8');

beforeAll(async () => {
  build = await runAstro('build', resolve('tests/fixtures/hostile-title'), { BACKSTORY_NOW: '2025-01-01T00:00:00Z', SITE_URL: 'https://backstory.example' });
  expect(build.code, build.output).toBe(0);
}, 300_000);

describe('hostile text stays text', () => {
  it('in the article page: no element comes from the title, the description or the entity card', () => {
    const html = file('articles/hostile-title/index.html');
    // Parsed as a browser would: the hostile text made no element, and reads back as written.
    const tree = fromHtml(html);
    const elements: Element[] = [];
    visit(tree, 'element', (e: Element) => void elements.push(e));
    const scripts = elements.filter((e) => e.tagName === 'script');
    expect(scripts.every((s) => !toString(s).includes('alert(') || s.properties['type'] === 'application/ld+json')).toBe(true);
    expect(elements.some((e) => e.tagName === 'img' && 'onError' in e.properties)).toBe(false);
    expect(toString(elements.find((e) => e.tagName === 'h1')!)).toBe(TITLE);
    expect(toString(elements.find((e) => e.tagName === 'title')!)).toBe(`${TITLE} · Backstory`);
    expect(elements.find((e) => e.tagName === 'meta' && e.properties['property'] === 'og:title')!.properties['content']).toBe(`${TITLE} · Backstory`);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; “quotes”');
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; “quotes” · Backstory</title>');
    expect(html).not.toContain(WRITTEN);
    // The context card (built as a tree, serialized by hast-util-to-html) keeps the entity's hostile text as text.
    const cardText = (className: string) =>
      toString(elements.find((e) => Array.isArray(e.properties['className']) && e.properties['className'].includes(className))!);
    expect(cardText('context-card-name')).toMatch(/^<img src=x onerror=alert\(1\)> Entity/);
    expect(elements.map((e) => toString(e)).some((t) => t.includes('</span><script>alert(2)</script>'))).toBe(true);
  });

  it('in JSON-LD: the script cannot be closed early, and the data parses back to the exact title', () => {
    const html = file('articles/hostile-title/index.html');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(b).not.toMatch(/<\/?script/i);
    expect(JSON.parse(blocks[0]!).headline).toBe(TITLE);
  });

  it('in feeds: well-formed XML and JSON that carry the title as text', () => {
    execFileSync('xmllint', ['--noout', join(build.outDir, 'rss.xml'), join(build.outDir, 'atom.xml')]);
    expect(JSON.parse(file('feed.json')).items[0].title).toBe(TITLE);
    const atomTitle = execFileSync('xmllint', ['--xpath', 'string(//*[local-name()="entry"]/*[local-name()="title"])', join(build.outDir, 'atom.xml')], {
      encoding: 'utf8',
    });
    expect(atomTitle.trimEnd()).toBe(TITLE);
    const rssTitle = execFileSync('xmllint', ['--xpath', 'string(//item/title)', join(build.outDir, 'rss.xml')], { encoding: 'utf8' });
    expect(rssTitle.trimEnd()).toBe(TITLE);
  });

  it('in share cards: the card is drawn (the text is data to satori, never parsed as markup)', () => {
    const png = readFileSync(join(build.outDir, 'og/article/hostile-title.png'));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(readFileSync(join(build.outDir, 'og/entity/hostile-entity.png')).readUInt32BE(20)).toBe(630);
  });

  it('in the sitemap and the search page: escaped', () => {
    execFileSync('xmllint', ['--noout', join(build.outDir, 'sitemap.xml'), join(build.outDir, 'news-sitemap.xml')]);
    expect(file('search/index.html')).not.toMatch(/<img src=x/);
  });
});
