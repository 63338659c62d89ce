import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexShard, searchableHtml } from '../../../src/build/search-shard-index.ts';

afterAll(() => pagefind.close());

/** An article page with what Astro puts in ours: inline CSS, JSON-LD, a module script, Pagefind's attributes, and text that shows a tag. */
const page = (slug: string, n: number) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${slug}</title><style>body{margin:0}.x::after{content:"</p>"}</style>` +
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Summit ${slug}"}</script><meta property="og:image" content="/og/${slug}.png"></head>` +
  `<body><header>Backstory</header><main data-pagefind-body><h1 data-pagefind-meta="title">Envoy ${slug}</h1><p data-pagefind-filter="year">${2000 + n}</p>` +
  `<p>Talks in Pyongyang and 東京, with &lt;style> and &lt;script> shown as text.</p><script type="module">console.log("${slug}")</script>` +
  `<span data-pagefind-sort="date">${2000 + n}-01-01</span><STYLE>p{}</STYLE></main></body></html>`;

/** Every file of an index written under `dir`, with its bytes. */
function files(dir: string): Record<string, string> {
  const found = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[]).filter((d) => d.isFile());
  return Object.fromEntries(found.map((d) => join(d.parentPath, d.name)).map((file) => [file.slice(dir.length + 1), readFileSync(file).toString('base64')]));
}

describe('what Pagefind is given of a page', () => {
  it('has no style or script elements, and keeps everything else', () => {
    const html = page('a', 1);
    const given = searchableHtml(html);
    expect(given).not.toMatch(/<style|<script|margin:0|console\.log|NewsArticle/i);
    expect(given).toContain('<main data-pagefind-body><h1 data-pagefind-meta="title">Envoy a</h1>');
    expect(given).toContain('with &lt;style> and &lt;script> shown as text.</p><span data-pagefind-sort="date">');
    expect(given).toContain('<meta property="og:image" content="/og/a.png">');
  });

  it('gives the same index, byte for byte, as the whole pages', async () => {
    const slugs = ['one', 'two', 'three'];
    const shard = { name: 's', from: '', to: '', slugs };
    const whole = (slug: string) => page(slug, slugs.indexOf(slug));
    const root = mkdtempSync(join(tmpdir(), 'backstory-searchable-'));
    await indexShard(shard, whole, join(root, 'stripped'));
    // The same pages indexed whole, as before this function existed.
    const { index } = await pagefind.createIndex({});
    for (const slug of slugs) await index!.addHTMLFile({ sourcePath: `articles/${slug}/index.html`, content: whole(slug) });
    await index!.writeFiles({ outputPath: join(root, 'whole') });
    await index!.deleteIndex();
    const stripped = files(join(root, 'stripped'));
    expect(Object.keys(stripped).length).toBeGreaterThan(5);
    expect(stripped).toEqual(files(join(root, 'whole')));
  });
});

describe('a shard that cannot be written', () => {
  const shard = { name: '2024-01', from: '', to: '', slugs: ['one', 'two'] };
  const whole = (slug: string) => page(slug, 1);

  it('fails at once, naming the shard, the folder and the fix, when the cache folder is not a folder', async () => {
    // Pagefind's own service would retry creating its files for ever here.
    const blocked = join(mkdtempSync(join(tmpdir(), 'backstory-blocked-')), 'not-a-folder');
    writeFileSync(blocked, '');
    await expect(indexShard(shard, whole, join(blocked, 'key'))).rejects.toThrow(
      /search index of shard 2024-01 cannot be written to .*not-a-folder\/key\.partial \(ENOTDIR.*\)\. Fix: check that the folder is writable/,
    );
  });
});
