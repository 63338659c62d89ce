import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAstro, type BuildResult } from '../support/build-site.ts';
import { openIndex } from '../../scripts/lib/pagefind-node.ts';

const NOW = '2025-01-01T00:00:00Z';

/** The good fixture set plus 60 generated 2023 articles, so the 2023 archive and a topic paginate (50 a page). */
function fixtureContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-content-'));
  cpSync('tests/fixtures/good', dir, { recursive: true });
  for (let i = 1; i <= 60; i++) {
    const n = String(i).padStart(2, '0');
    const day = new Date(Date.UTC(2023, 0, i)).toISOString().slice(0, 10);
    writeFileSync(
      join(dir, 'articles', `generated-${n}.md`),
      `---\ntitle: "Generated explainer ${n}"\ndescription: "Filler ${n}."\npublishedAt: ${day}\ntopics: [archive-test]\n---\n\nFiller body number ${n}.\n`,
    );
  }
  return dir;
}

const page = (r: BuildResult, path: string) => join(r.outDir, path, path.endsWith('.html') ? '' : 'index.html');
const html = (r: BuildResult, path: string) => readFileSync(page(r, path), 'utf8');

describe('a fixture site built with BACKSTORY_CONTENT_DIR', () => {
  let build: BuildResult;
  beforeAll(async () => {
    // A loopback address, as a careless production build would have.
    build = await runAstro('build', fixtureContent(), { BACKSTORY_NOW: NOW, SITE_URL: 'http://127.0.0.1:4321' });
    if (build.code !== 0) console.error(build.output);
  });

  it('builds into the requested folder', () => {
    expect(build.code).toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(true);
  });

  it('builds explainers without key points, and names them with the fix', () => {
    expect(build.output).toMatch(
      /\d+ explainers have no key points: [^\n]*articles\/alpha-explainer\.md[^\n]*\. Fix: start the body with a :::key-points block/,
    );
    expect(build.output).toMatch(/and \d+ more/);
  });

  it('says loudly, naming the setting, that a loopback site URL sends every shared link to this machine', () => {
    const warnings = build.output.match(/SITE_URL is http:\/\/127\.0\.0\.1:4321, an address on this machine/g) ?? [];
    expect(warnings).toHaveLength(2); // at the start and again at the end
    expect(build.output).toContain('BACKSTORY_LOCAL_PREVIEW=1');
    expect(build.output).toContain('src/config/address.ts');
  });

  it('writes every page type', () => {
    for (const p of [
      '',
      'articles/alpha-explainer',
      'articles/beta-explainer',
      'topics',
      'topics/japan',
      'archive',
      'archive/2024',
      'archive/2023',
      'archive/2023/2',
      'search',
    ]) {
      expect(existsSync(page(build, p)), p).toBe(true);
    }
    expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
  });

  it('renders the article: headline, dek, dates in <time>, reading time, topics, GFM table and footnotes', () => {
    const a = html(build, 'articles/alpha-explainer');
    expect(a.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(a).toContain('Alpha explainer with a table</h1>');
    expect(a).toContain('A fixture article with a table, a footnote and Korean text.');
    expect(a).toMatch(/<time datetime="2024-03-26T09:00:00\+09:00"[^>]*>26 March 2024<\/time>/);
    // "Updated" is the latest of updatedAt (28 March) and the log's entries (a correction on 29 March).
    expect(a).toMatch(/Updated <time datetime="2024-03-29T10:00:00\+09:00"[^>]*>29 March 2024<\/time>/);
    expect(a).toContain('href="#corrections-and-updates"');
    expect(a).toMatch(
      /<section[^>]*aria-labelledby="corrections-and-updates".*Update:<\/strong><\/span> Added the quartermaster.*Correction:<\/strong><\/span> An earlier version/s,
    );
    expect(a).toMatch(/1 min read/);
    expect(a).toContain('href="/topics/japan/"');
    expect(a).toMatch(/<table[\s>]/);
    expect(a).toMatch(/<section[^>]*class="footnotes"/);
    expect(a).toContain('id="figures"'); // rehype-slug
    expect(a).toContain('id="a-sub-section"');
    expect(a).toContain('<span lang="ko">김정은</span>');
    expect(a).toContain('<html lang="en"');
  });

  it('serves figures through the image pipeline: srcset for the text column, width/height, lazy, caption and credit', () => {
    const a = html(build, 'articles/alpha-explainer');
    const img = a.match(/<figure class="figure"><div class="figure-media">(<img [^>]+>)<\/div><figcaption>(.*?)<\/figcaption><\/figure>/);
    expect(img, 'figure markup').not.toBeNull();
    const [, tag, caption] = img!;
    expect(tag).toContain('alt="A gradient standing in for a harbour at dusk"');
    expect(tag).toContain('width="1600" height="900"');
    expect(tag).toContain('loading="lazy"');
    expect(tag).toContain('sizes="(min-width: 50rem) 45rem, 100vw"');
    expect(tag).toMatch(/src="\/_astro\/harbour\.[\w-]+\.webp"/);
    const widths = [...tag!.matchAll(/\.webp (\d+)w/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([480, 720, 960, 1440, 1600]);
    for (const m of tag!.matchAll(/(\/_astro\/[^ ",]+\.webp)/g)) expect(existsSync(join(build.outDir, m[1]!))).toBe(true);
    expect(caption).toBe('<span class="figure-caption">The harbour, as a test image.</span> <span class="figure-credit">Fixture photo</span>');
  });

  it('uses the topic display name from content/topics when there is one', () => {
    expect(html(build, 'topics/japan')).toContain('Japan (fixture)</h1>');
    expect(html(build, 'topics/south-korea')).toContain('South Korea</h1>');
  });

  it('leaves drafts and future-dated articles out of pages and listings', () => {
    for (const slug of ['draft-explainer', 'future-explainer']) {
      expect(existsSync(page(build, `articles/${slug}`))).toBe(false);
    }
    for (const p of ['', 'topics/japan', 'archive/2024', 'archive/2025']) {
      if (!existsSync(page(build, p))) continue;
      expect(html(build, p)).not.toMatch(/draft-explainer|future-explainer/);
    }
    expect(existsSync(page(build, 'archive/2025'))).toBe(false);
  });

  for (const list of ['archive/2023', 'topics/archive-test']) {
    it(`paginates ${list} at 50, newest first, every article on exactly one page, with rel=prev/next`, () => {
      const p1 = html(build, list);
      const p2 = html(build, `${list}/2`);
      const slugs = [...(p1 + p2).matchAll(/href="\/articles\/(generated-\d+)\/"/g)].map((m) => m[1]);
      expect(slugs).toHaveLength(60);
      expect(new Set(slugs).size).toBe(60);
      expect(slugs[0]).toBe('generated-60');
      expect(p1).toContain(`<link rel="next" href="/${list}/2/">`);
      expect(p1).not.toContain('rel="prev"');
      expect(p2).toContain(`<link rel="prev" href="/${list}/">`);
      expect(p2).toContain('Page 2 of 2');
      expect(existsSync(page(build, `${list}/3`))).toBe(false);
    });
  }

  it('paginates the home page at 50 (/, /page/2/), every published article on exactly one page', () => {
    const p1 = html(build, '');
    const p2 = html(build, 'page/2');
    const slugs = [...(p1 + p2).matchAll(/<h3[^>]*>\s*<a href="\/articles\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
    expect(new Set(slugs).size).toBe(62);
    expect(slugs).toHaveLength(62);
    expect(p1).toContain('<link rel="next" href="/page/2/">');
    expect(p2).toContain('<link rel="prev" href="/">');
    expect(p2).toContain('Page 2 of 2');
    expect(existsSync(page(build, 'page/3'))).toBe(false);
  });

  it('feeds hold the latest 50 explainers, newest first', () => {
    const json = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8'));
    expect(json.items).toHaveLength(50);
    expect((readFileSync(join(build.outDir, 'rss.xml'), 'utf8').match(/<item>/g) ?? []).length).toBe(50);
    expect((readFileSync(join(build.outDir, 'atom.xml'), 'utf8').match(/<entry>/g) ?? []).length).toBe(50);
    const published = json.items.map((i: { date_published: string }) => Date.parse(i.date_published));
    expect([...published].sort((a, b) => b - a)).toEqual(published);
    expect(JSON.stringify(json)).not.toMatch(/draft-explainer|future-explainer/);
  });

  it('indexes exactly the published articles, with title, date, topic filter and date sort', async () => {
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(62);
    const index = await openIndex(build.outDir);
    expect(await index.search('quartermaster')).toEqual([{ url: '/articles/alpha-explainer/', title: 'Alpha explainer with a table' }]);
    expect((await index.search('김정은')).map((h) => h.url)).toEqual(['/articles/alpha-explainer/']);
    expect((await index.search('岸田')).map((h) => h.url)).toEqual(['/articles/beta-explainer/']);
    expect(await index.search('zeppelindraft')).toEqual([]);
    expect(await index.search('zeppelinfuture')).toEqual([]);
    // Pages other than articles are not indexed: "Archive" is only in navigation.
    expect((await index.search('explainer', { filters: { topic: 'south-korea' } })).map((h) => h.url)).toEqual(['/articles/beta-explainer/']);
    const sorted = await index.search('filler', { sort: { date: 'desc' } });
    expect(sorted[0]!.url).toBe('/articles/generated-60/');
  });
});

describe('"now" decides what is published', () => {
  it('publishes the future-dated article once BACKSTORY_NOW passes its date', async () => {
    const later = await runAstro('build', fixtureContent(), { BACKSTORY_NOW: '2025-07-01T00:00:00Z' });
    expect(later.code, later.output).toBe(0);
    expect(existsSync(page(later, 'articles/future-explainer'))).toBe(true);
    expect(html(later, 'archive/2025')).toContain('/articles/future-explainer/');
    expect(existsSync(page(later, 'articles/draft-explainer'))).toBe(false);
  });
});
