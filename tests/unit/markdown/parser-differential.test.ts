import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import spec from 'commonmark-spec';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { writeCorpus } from '../../../scripts/lib/corpus.mjs';
import { markdownFiles } from '../../support/markdown-files.ts';
import { bodyInPlace, parseMarkdownFile } from '../../../src/content/frontmatter.ts';
import { referenceRenderer, siteRenderer } from '../../support/render-markdown-reference.ts';

/**
 * The parser differential: everything the site renders, rendered by the
 * site's processor (Sätteri's parser) and by the same plugins on remark-parse
 * (the reference). HTML, what the plugins recorded (headings, facts) and
 * every refusal (its message, so its file:line) must be the same. Each
 * difference is listed. None is accepted today: the one place the parsers
 * read our syntax differently (a directive straight after a colon) is
 * refused by the directive guard under both.
 *
 * The bench corpus is sampled (BENCH_ARTICLES, default 300); the full run:
 * PARSER_DIFF_ARTICLES=5000 npx vitest run tests/unit/markdown/parser-differential.test.ts
 */
const BENCH_ARTICLES = Number(process.env['PARSER_DIFF_ARTICLES'] ?? 300);

interface Doc {
  name: string;
  body: string;
  frontmatter: Record<string, unknown>;
  fileURL: URL;
}

async function outcome(renderer: MarkdownRenderer, doc: Doc): Promise<string> {
  try {
    const { code, metadata } = await renderer.render(doc.body, { frontmatter: structuredClone(doc.frontmatter), fileURL: doc.fileURL });
    return JSON.stringify({ code, metadata });
  } catch (e) {
    return `refused: ${String((e as Error).message)}`;
  }
}

/** The first place two outcomes part, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 60), i + 80)}… vs …${b.slice(Math.max(0, i - 60), i + 80)}…`;
}

/** Documents whose outcomes differ (each with where), and how many both refused. */
async function differences(docs: Doc[]): Promise<string[]> {
  const [site, reference] = await Promise.all([siteRenderer(), referenceRenderer()]);
  const found: string[] = [];
  let refused = 0;
  for (const doc of docs) {
    const [ours, theirs] = [await outcome(site, doc), await outcome(reference, doc)];
    if (ours !== theirs) found.push(`${doc.name}: ${firstDifference(ours, theirs)}`);
    else if (ours.startsWith('refused: ')) refused++;
  }
  console.log(`  (${refused} of ${docs.length} refused by both, with the same message)`);
  return found;
}

/** A content file as the loader hands it over: the body in its place (blank lines for the front matter). */
function contentFile(path: string): Doc {
  const parsed = parseMarkdownFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.reason}`);
  return { name: path, body: bodyInPlace(parsed.file), frontmatter: parsed.file.data, fileURL: pathToFileURL(resolve(path)) };
}

describe('parser differential: Sätteri against remark-parse, same plugins', () => {
  it('renders every CommonMark spec example the same (or refuses it the same way)', async () => {
    const docs = spec.tests.map((ex) => ({
      name: `CommonMark example ${ex.number} (${ex.section})`,
      body: ex.markdown.replace(/→/g, '\t'),
      frontmatter: {},
      fileURL: pathToFileURL(resolve(`tests/fixtures/cm-${ex.number}.md`)),
    }));
    const found = await differences(docs);
    console.log(`parser differential, CommonMark: ${docs.length - found.length} of ${docs.length} identical`);
    expect(found).toEqual([]);
  }, 120_000);

  it('renders every shipped content file and test fixture the same', async () => {
    const files = [...markdownFiles('content'), ...markdownFiles('tests/fixtures').filter((f) => !f.includes('/bad/'))];
    const found = await differences(files.map(contentFile));
    console.log(`parser differential, content and fixtures: ${files.length - found.length} of ${files.length} identical`);
    expect(files.length).toBeGreaterThan(40);
    expect(found).toEqual([]);
  }, 120_000);

  it('refuses every bad fixture with the same message and line', async () => {
    const files = markdownFiles('tests/fixtures/bad');
    const docs = files.flatMap((f) => {
      try {
        return [contentFile(f)];
      } catch {
        return []; // front matter that is not YAML never reaches a parser
      }
    });
    const found = await differences(docs);
    console.log(`parser differential, bad fixtures: ${docs.length - found.length} of ${docs.length} identical`);
    expect(found).toEqual([]);
  }, 120_000);

  it(`renders ${BENCH_ARTICLES} bench-corpus articles the same`, async () => {
    // Written out with its images, so figures render rather than being refused for a missing file.
    const dir = writeCorpus(mkdtempSync(join(tmpdir(), 'backstory-parser-diff-')), BENCH_ARTICLES) as string;
    const docs = markdownFiles(join(dir, 'articles')).map(contentFile);
    expect(docs.length).toBe(BENCH_ARTICLES);
    const found = await differences(docs);
    console.log(`parser differential, bench corpus: ${docs.length - found.length} of ${docs.length} identical`);
    expect(found).toEqual([]);
  }, 600_000);
});
