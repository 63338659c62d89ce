import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { runAstro, type BuildResult } from '../support/build-site.ts';

/**
 * Sharing, on a real build of the shipped explainers at a public SITE_URL:
 * head tags per page type, JSON-LD (checked with Google's rules by
 * structured-data-testing-tool), share images, feeds, sitemaps and robots.
 */
const SITE = 'https://backstory.example';
// The seed explainer is dated 27 March 2024 09:00 +09:00: "now" is a day later.
const NOW = '2024-03-28T12:00:00+09:00';

let build: BuildResult;
let cache: string;
const file = (path: string) => join(build.outDir, path);
const html = (path: string) => readFileSync(file(join(path, 'index.html')), 'utf8');
const meta = (page: string, key: string) =>
  [...page.matchAll(new RegExp(`<meta (?:name|property)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
const link = (page: string, rel: string) => [...page.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]*)"`, 'g'))].map((m) => m[1]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

beforeAll(async () => {
  cache = join(mkdtempSync(join(tmpdir(), 'backstory-share-')), 'cache');
  build = await runAstro('build', resolve('content'), { SITE_URL: SITE, BACKSTORY_NOW: NOW, BACKSTORY_CACHE_DIR: cache });
  expect(build.code, build.output).toBe(0);
}, 300_000);

describe('head tags', () => {
  const pages = {
    home: '',
    article: 'articles/kim-jong-un-japan-summit',
    topic: 'topics/japan',
    entity: 'entities/kim-jong-un',
    story: 'stories/japan-north-korea',
    archive: 'archive',
    search: 'search',
    about: 'about',
  };
  for (const [type, path] of Object.entries(pages)) {
    it(`${type}: canonical = og:url at SITE_URL, title, description, large image card with alt, robots, feed links`, () => {
      const page = html(path);
      const url = `${SITE}/${path ? `${path}/` : ''}`;
      expect(link(page, 'canonical')).toEqual([url]);
      expect(meta(page, 'og:url')).toEqual([url]);
      expect(meta(page, 'og:title')[0]).toMatch(/Backstory/);
      expect(meta(page, 'og:description')[0]!.length).toBeGreaterThan(20);
      expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
      expect(meta(page, 'robots')[0]).toContain('max-image-preview:large');
      const image = meta(page, 'og:image')[0]!;
      expect(image).toMatch(new RegExp(`^${SITE}/og/(article|entity|story|site)/[a-z0-9-]+\\.png$`));
      expect(meta(page, 'twitter:image')).toEqual([image]);
      expect(meta(page, 'og:image:alt')[0]!.length).toBeGreaterThan(10);
      expect(pngSize(file(new URL(image).pathname))).toEqual([1200, 630]);
      expect(page).toContain('<link rel="alternate" type="application/rss+xml" title="Backstory: all explainers (RSS)" href="/rss.xml">');
      expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="Backstory: all explainers (Atom)" href="/atom.xml">');
      expect(page).toContain('<link rel="alternate" type="application/feed+json" title="Backstory: all explainers (JSON Feed)" href="/feed.json">');
      expect(meta(page, 'og:type')).toEqual([type === 'article' ? 'article' : 'website']);
    });
  }

  it('article: published/modified times with offsets, section and tags, and its own share card', () => {
    const page = html(pages.article);
    expect(meta(page, 'article:published_time')).toEqual(['2024-03-27T09:00:00+09:00']);
    // Modified = its corrections log's latest date (a calendar date: midnight in the site's zone, UTC here).
    expect(meta(page, 'article:modified_time')).toEqual(['2026-12-01T00:00:00+00:00']);
    expect(meta(page, 'article:section')).toEqual(['North Korea']);
    expect(meta(page, 'article:tag')).toEqual(['North Korea', 'Japan', 'Diplomacy']);
    expect(meta(page, 'og:image')).toEqual([`${SITE}/og/article/kim-jong-un-japan-summit.png`]);
  });

  it('topic and story pages announce their own feeds too', () => {
    expect(html(pages.topic)).toContain('href="/topics/japan/rss.xml"');
    expect(html(pages.story)).toContain('href="/stories/japan-north-korea/atom.xml"');
  });
});

describe('JSON-LD', () => {
  it('NewsArticle and BreadcrumbList pass structured-data-testing-tool with the Google preset', () => {
    const out = execFileSync(
      process.execPath,
      [resolve('node_modules/structured-data-testing-tool/bin/cli.js'), '--file', file('articles/kim-jong-un-japan-summit/index.html'), '--presets', 'Google'],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/Schema\.org schemas: NewsArticle, BreadcrumbList/);
    expect(out).toMatch(/Failed: 0/);
  });

  it('has the headline, dates with offsets, the author with a URL, and corrections when there are any', () => {
    const page = html('articles/kim-jong-un-japan-summit');
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const article = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: 'Why North Korea says Kishida wants a summit, and why it then shut the door',
      datePublished: '2024-03-27T09:00:00+09:00',
      dateModified: '2026-12-01T00:00:00+00:00',
      author: [{ '@type': 'Person', name: 'Backstory staff', url: `${SITE}/authors/staff/` }],
      image: [`${SITE}/og/article/kim-jong-un-japan-summit.png`],
      publisher: { '@type': 'Organization', name: 'Backstory', logo: { url: `${SITE}/logo.png` } },
    });
    // The article's three corrections (content/articles/kim-jong-un-japan-summit.md), as CorrectionComments.
    expect(article.correction).toHaveLength(3);
    expect(article.correction[0]).toMatchObject({ '@type': 'CorrectionComment', datePublished: '2026-12-01T00:00:00+00:00' });
    expect(article.correction[0].text).toMatch(/^An earlier version said Kishida told parliament/);
    expect(pngSize(file('logo.png'))).toEqual([600, 60]);
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'North Korea', article.headline]);
  });
});

describe('share images', () => {
  it('exist for every article, entity and story at 1200×630', () => {
    for (const kind of ['article', 'entity', 'story']) {
      const dir = file(join('og', kind));
      const source = kind === 'article' ? 'articles' : kind === 'entity' ? 'entities' : null;
      const expected = source
        ? readdirSync(resolve('content', source))
            .map((f) => f.replace(/\.md$/, '.png'))
            .sort()
        : ['japan-north-korea.png'];
      expect(readdirSync(dir).sort()).toEqual(expected);
      for (const f of expected) expect(pngSize(join(dir, f))).toEqual([1200, 630]);
    }
  });

  it('are cached by content hash: a second build renders none again and writes identical files', async () => {
    const cached = join(cache, 'share-images');
    const before = Object.fromEntries(readdirSync(cached).map((f) => [f, statSync(join(cached, f)).mtimeMs]));
    expect(Object.keys(before).length).toBe(readdirSync(file('og/article')).length + readdirSync(file('og/entity')).length + 1 + 1 + 1); // + story, site card, logo
    const again = await runAstro('build', resolve('content'), { SITE_URL: SITE, BACKSTORY_NOW: NOW, BACKSTORY_CACHE_DIR: cache });
    expect(again.code, again.output).toBe(0);
    expect(Object.fromEntries(readdirSync(cached).map((f) => [f, statSync(join(cached, f)).mtimeMs]))).toEqual(before);
    expect(readFileSync(join(again.outDir, 'og/entity/kim-jong-un.png')).equals(readFileSync(file('og/entity/kim-jong-un.png')))).toBe(true);
  }, 300_000);
});

describe('feeds', () => {
  const scopes = ['', 'topics/japan/', 'stories/japan-north-korea/'];
  for (const scope of scopes) {
    it(`/${scope}: RSS 2.0 and Atom are well-formed XML with the required fields; JSON Feed 1.1 parses`, () => {
      execFileSync('xmllint', ['--noout', file(`${scope}rss.xml`), file(`${scope}atom.xml`)]);
      const rss = readFileSync(file(`${scope}rss.xml`), 'utf8');
      for (const tag of ['title', 'link', 'description']) expect(rss).toMatch(new RegExp(`<channel>[\\s\\S]*<${tag}>`));
      const pubDates = [...rss.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => m[1]!);
      expect(pubDates.length).toBeGreaterThan(0);
      for (const d of pubDates)
        expect(d).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      const atom = readFileSync(file(`${scope}atom.xml`), 'utf8');
      expect(atom).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
      for (const tag of ['id', 'title', 'updated']) expect(atom).toMatch(new RegExp(`<${tag}>`));
      const json = JSON.parse(readFileSync(file(`${scope}feed.json`), 'utf8'));
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.title).toBeTruthy();
      for (const item of json.items) {
        expect(item.id).toMatch(new RegExp(`^${SITE}/articles/[a-z0-9-]+/$`));
        expect(item.content_html).toContain('<p>');
        expect(item.summary.length).toBeGreaterThan(20);
        expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
    });
  }

  it('items carry the full article with absolute links and figures, and the same id in every format', () => {
    const json = JSON.parse(readFileSync(file('feed.json'), 'utf8'));
    const nll = json.items.find((i: { id: string }) => i.id === `${SITE}/articles/northern-limit-line/`);
    expect(nll.content_html).toContain('Deadly clashes, 1999 to 2010');
    expect(nll.content_html).toMatch(new RegExp(`<img [^>]*src="${SITE}/_astro/northern-limit-line-map\\.[\\w-]+\\.svg"`));
    expect(nll.content_html).toContain(`href="${SITE}/entities/pyongyang/"`);
    expect(nll.content_html).not.toContain('popover');
    expect(nll.content_html).not.toContain('section-link');
    expect(nll.content_html).not.toMatch(/(href|src)="\//);
    const rss = readFileSync(file('rss.xml'), 'utf8');
    expect(rss).toContain(`<guid isPermaLink="false">${SITE}/articles/northern-limit-line/</guid>`);
    expect(readFileSync(file('atom.xml'), 'utf8')).toContain(`<id>${SITE}/articles/northern-limit-line/</id>`);
  });
});

describe('sitemaps and robots', () => {
  it('sitemap.xml lists every page the build wrote (and nothing else), with lastmod for dated content', () => {
    execFileSync('xmllint', ['--noout', file('sitemap.xml')]);
    const xml = readFileSync(file('sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(SITE.length)).sort();
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name === 'index.html') pages.push(`/${relative(build.outDir, dir)}${dir === build.outDir ? '' : '/'}`.replace('//', '/'));
      }
    };
    walk(build.outDir);
    expect(locs).toEqual(pages.sort());
    expect(xml).toContain(`<url><loc>${SITE}/articles/kim-jong-un-japan-summit/</loc><lastmod>2026-12-01T00:00:00+00:00</lastmod></url>`);
  });

  it('the news sitemap lists only the articles published in the two days before now', () => {
    execFileSync('xmllint', ['--noout', file('news-sitemap.xml')]);
    const xml = readFileSync(file('news-sitemap.xml'), 'utf8');
    expect(xml).toContain(
      `<loc>${SITE}/articles/kim-jong-un-japan-summit/</loc><news:news><news:publication><news:name>Backstory</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-03-27T09:00:00+09:00</news:publication_date>`,
    );
    expect(xml).not.toContain('northern-limit-line'); // 25 March: more than two days before
  });

  it('a public SITE_URL raises no address warning', () => {
    expect(build.output).not.toContain('an address on this machine');
  });
  it('robots.txt points at both sitemaps at SITE_URL', () => {
    const robots = readFileSync(file('robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${SITE}/news-sitemap.xml`);
    expect(existsSync(file('404.html'))).toBe(true);
  });
});

describe('links never break', () => {
  /** Every URL a build publishes, except hashed assets and the search index (their names change by design). */
  function publishedUrls(outDir: string): string[] {
    const urls: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        const rel = relative(outDir, path);
        if (rel === '_astro' || rel === 'pagefind') continue;
        if (e.isDirectory()) walk(path);
        else if (e.name === 'index.html') urls.push(`/${relative(outDir, dir)}/`.replace('//', '/'));
        else urls.push(`/${rel}`);
      }
    };
    walk(outDir);
    return urls.sort();
  }
  const LIST = resolve('tests/published-urls.txt');

  it('every URL the sample site has ever published still resolves (tests/published-urls.txt)', () => {
    const now = publishedUrls(build.outDir);
    if (process.env['UPDATE_PUBLISHED_URLS']) writeFileSync(LIST, `${now.join('\n')}\n`);
    const promised = readFileSync(LIST, 'utf8').split('\n').filter(Boolean);
    const gone = promised.filter((u) => !now.includes(u));
    expect(gone, `published URLs that no longer resolve; add the old slug to the article's redirectFrom (or restore the file):\n${gone.join('\n')}`).toEqual(
      [],
    );
    const added = now.filter((u) => !promised.includes(u));
    expect(
      added,
      `new URLs: add them to tests/published-urls.txt (UPDATE_PUBLISHED_URLS=1 npm run test:build rewrites it), so removing one later is caught:\n${added.join('\n')}`,
    ).toEqual([]);
  });
});

describe('the shipped explainers keep their format', () => {
  const articles = () => readdirSync(file('articles')).filter((slug) => existsSync(file(join('articles', slug, 'index.html'))));
  const tree = async (path: string) => (await import('hast-util-from-html')).fromHtml(html(path));

  it('every one opens with 3 to 5 key points, and the build names no explainer without them', async () => {
    const { select, selectAll } = await import('hast-util-select');
    expect(articles()).toHaveLength(6);
    for (const slug of articles()) {
      const prose = select('.prose', await tree(`articles/${slug}`))!;
      const first = prose.children.find((c) => c.type === 'element');
      expect(first && 'properties' in first ? first.properties['className'] : undefined, slug).toEqual(['key-points']);
      const points = selectAll('.key-points li', prose).length;
      expect(points, slug).toBeGreaterThanOrEqual(3);
      expect(points, slug).toBeLessThanOrEqual(5);
    }
    expect(build.output).not.toContain('no key points');
  });

  it('every marker leads to its source, every source leads back, and JSON-LD cites the same list', async () => {
    const { select, selectAll } = await import('hast-util-select');
    const { toString } = await import('hast-util-to-string');
    for (const slug of articles()) {
      const page = await tree(`articles/${slug}`);
      const ids = new Set(selectAll('[id]', page).map((e) => String(e.properties['id'])));
      const sources = selectAll('.source-list li', page);
      expect(sources.length, slug).toBeGreaterThan(0);
      const markers = selectAll('.prose a.cite-ref', page);
      for (const m of markers) expect(ids.has(String(m.properties['href']).slice(1)), `${slug} ${m.properties['href']}`).toBe(true);
      for (const s of sources) {
        const back = selectAll('.back a', s);
        expect(back.length, `${slug} ${s.properties['id']}`).toBeGreaterThan(0);
        for (const b of back) {
          expect(ids.has(String(b.properties['href']).slice(1))).toBe(true);
          expect(toString(b).trim().length).toBeGreaterThan(3); // a section's name, not "↩"
        }
        // Every source names publisher, title and date.
        expect(toString(select('.publisher', s)!).length).toBeGreaterThan(1);
        expect(select('cite', s)).toBeTruthy();
        expect(select('time', s)?.properties['dateTime'], toString(s)).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
      const numbers = markers.map((m) => Number(toString(m).replace(/\D/g, '')));
      expect(Math.max(...numbers), slug).toBe(sources.length);
      const ld = JSON.parse(toString(select('script[type="application/ld+json"]', page)!));
      expect(
        ld.citation.map((c: { name: string }) => c.name),
        slug,
      ).toEqual(sources.map((s) => toString(select('cite', s)!).trim().replace(/^“|”$/g, '')));
    }
  });

  it('titles, decks, cards and source titles have curly quotes and apostrophes, as the bodies do', async () => {
    const { selectAll } = await import('hast-util-select');
    const { toString } = await import('hast-util-to-string');
    let checked = 0;
    for (const path of [...articles().map((s) => `articles/${s}`), 'stories/japan-north-korea', 'entities/kim-jong-un', '']) {
      const page = await tree(path);
      for (const el of selectAll('h1, .dek, .article-card .headline, .article-card .dek, .context-card, .source-list cite, .revisions li, .page-intro', page)) {
        const text = toString(el);
        expect(text, `${path}: ${text}`).not.toMatch(/['"]/);
        checked++;
      }
      for (const value of meta(html(path), 'og:title')) expect(value).not.toMatch(/&#39;|'|&quot;/);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
