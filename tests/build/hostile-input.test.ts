import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAstro } from '../support/build-site.ts';

/**
 * Broken and hostile articles: each either builds correctly or stops the
 * build with its own clear message (file, what is wrong, a fix); none may
 * crash with a stack trace. Fixtures are written here (a 5 MB file and
 * invalid UTF-8 do not belong in git).
 */
const FRONT = (title: string) =>
  `---\ntitle: ${JSON.stringify(title)}\ndescription: "A hostile-input fixture."\npublishedAt: 2024-03-26\ntopics: [japan]\n---\n\n`;

function content(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'articles', name), body);
  return dir;
}

const build = (dir: string) => runAstro('build', dir, { BACKSTORY_NOW: '2025-01-01T00:00:00Z' });
const page = (outDir: string, slug: string) => readFileSync(join(outDir, 'articles', slug, 'index.html'), 'utf8');

describe('hostile input', () => {
  it('a UTF-8 byte-order mark and CRLF line endings: builds as if neither were there', async () => {
    const r = await build(
      content({
        'with-bom.md': `\uFEFF${FRONT('BOM headline')}Body with a BOM.\n`,
        'crlf.md': `${FRONT('CRLF headline')}## A heading\r\n\r\nBody line.\r\n`.replace(/\n/g, '\r\n'),
      }),
    );
    expect(r.code, r.output).toBe(0);
    expect(page(r.outDir, 'with-bom')).toContain('BOM headline</h1>');
    const crlf = page(r.outDir, 'crlf');
    expect(crlf).toContain('CRLF headline</h1>');
    expect(crlf).toContain('<h2 id="a-heading">A heading</h2>');
  }, 120_000);

  it('an empty file: refused, naming the file and the missing fields', async () => {
    const r = await runAstro('sync', content({ 'empty.md': '' }));
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('articles/empty.md:1: required field "title" is missing');
    expect(r.output).not.toMatch(/Stack trace|\n\s+at /);
  }, 120_000);

  it('invalid UTF-8: refused with the byte offset, not published as replacement characters', async () => {
    const bytes = Buffer.concat([Buffer.from(`${FRONT('Broken bytes')}Caf`), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    const r = await runAstro('sync', content({ 'latin1.md': bytes }));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/articles\/latin1\.md: is not valid UTF-8 \(first bad byte at offset \d+\)\./);
    expect(r.output).toContain('Fix: save the file as UTF-8');
    expect(r.output).not.toMatch(/Stack trace|\n\s+at /);
  }, 120_000);

  it('a title of 2,000 characters: refused with the limit', async () => {
    const r = await runAstro('sync', content({ 'long-title.md': `${FRONT('x'.repeat(2000))}Body.\n` }));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/articles\/long-title\.md:2: field "title"/);
    expect(r.output).toMatch(/200/);
  }, 120_000);

  it('a 5 MB article and lists nested 100 deep: build, with every word on the page', async () => {
    const paragraph = 'The quick brown fox reports on the talks between the two governments. ';
    const big = `${FRONT('A very long explainer')}${Array.from({ length: Math.ceil((5.2 * 1024 * 1024) / (paragraph.length * 7)) }, (_, i) => `## Part ${i}\n\n${paragraph.repeat(7)}\n`).join('\n')}\nThe last word is zanzibarend.\n`;
    const nested = `${FRONT('Deep lists')}${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const r = await build(content({ 'big.md': big, 'nested.md': nested }));
    expect(r.code, r.output.slice(-3000)).toBe(0);
    expect(page(r.outDir, 'big')).toContain('zanzibarend');
    expect(page(r.outDir, 'nested')).toContain('level 99');
  }, 600_000);

  it('emoji and right-to-left text: built as written, the headline direction left to the text', async () => {
    const r = await build(
      content({ 'mixed.md': `${FRONT('Talks 🤝 and مفاوضات السلام')}Emoji 🇯🇵🇰🇷 and <span lang="ar" dir="rtl">نص عربي</span> in the body.\n` }),
    );
    expect(r.code, r.output).toBe(0);
    const html = page(r.outDir, 'mixed');
    expect(html).toMatch(/<h1[^>]*dir="auto"[^>]*>Talks 🤝 and مفاوضات السلام<\/h1>/);
    expect(html).toContain('<span lang="ar" dir="rtl">نص عربي</span>');
    expect(html).toContain('🇯🇵🇰🇷');
  }, 120_000);
});
