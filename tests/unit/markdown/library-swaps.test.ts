import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import spec from 'commonmark-spec';
import { writeCorpus } from '../../../scripts/lib/corpus.mjs';
import { markdownFiles } from '../../support/markdown-files.ts';
import { bodyInPlace, parseMarkdownFile } from '../../../src/content/frontmatter.ts';
import { markdownProcessor } from '../../../src/markdown/processor.ts';
import { renderPool, renderWith, type RendererOptions, type RenderJob } from '../../../src/content/render-pool.ts';

const options = { syntaxHighlight: false, gfm: true } as RendererOptions;

function probe(mode: 'swap' | 'render-worker' | 'none'): Promise<{ walker: string; url?: string; rehypeRaw: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../support/library-swap-probe-worker.ts', import.meta.url), { workerData: { mode } });
    worker.once('message', (m) => void worker.terminate().then(() => resolve(m)));
    worker.once('error', reject);
  });
}

function job(filePath: string): RenderJob[] {
  const parsed = parseMarkdownFile(readFileSync(filePath, 'utf8'));
  if (!parsed.ok) return []; // front matter that is not YAML never reaches a renderer
  return [{ body: bodyInPlace(parsed.file), data: parsed.file.data, filePath }];
}

describe('libraries swapped for our code on the render workers', () => {
  it('makes a library in that thread walk with tree-walk.ts, and finds the same, and gives Astro rehype-raw-when-needed; the render worker does it', async () => {
    const [swapped, library, renderWorker] = [await probe('swap'), await probe('none'), await probe('render-worker')];
    expect(library.walker).toContain('unist-util-visit-parents');
    expect(swapped.walker).toContain('src/markdown/tree-walk.ts');
    expect(renderWorker.walker).toContain('src/markdown/tree-walk.ts');
    expect(library.rehypeRaw).toContain('node_modules/rehype-raw/');
    expect(swapped.rehypeRaw).toContain('src/markdown/plugins/rehype-raw-when-needed.ts');
    expect(renderWorker.rehypeRaw).toContain('src/markdown/plugins/rehype-raw-when-needed.ts');
    expect(swapped.url).toBe('https://example.org/');
    expect(library.url).toBe('https://example.org/');
  });

  it('renders content, fixtures (bad ones too) and bench articles on the workers byte for byte as the libraries do here', async () => {
    const bench = writeCorpus(mkdtempSync(join(tmpdir(), 'backstory-tree-walk-')), 200) as string;
    const files = [...markdownFiles('content'), ...markdownFiles('tests/fixtures'), ...markdownFiles(join(bench, 'articles'))];
    // The CommonMark examples hold the odd trees (code starting with a blank line, raw HTML everywhere) the round trip changes.
    const examples = spec.tests.map((ex) => ({
      body: ex.markdown.replace(/→/g, '\t'),
      data: {},
      filePath: `/site/content/articles/commonmark-${ex.number}.md`,
    }));
    // Bodies with no raw HTML at all, whose round trip is skipped: GFM footnotes (data-* attributes set to true) and a table.
    const plain = ['A claim.[^1]\n\n[^1]: Its source.\n', '| Year | Event |\n|---|---|\n| 2002 | Summit |\n\nAfter the table.\n'].map((body, i) => ({
      body,
      data: {},
      filePath: `/site/content/articles/plain-${i}.md`,
    }));
    const jobs = [...files.flatMap(job), ...examples, ...plain];
    const outcome = (p: Promise<unknown>) =>
      p.then(
        (r) => JSON.stringify(r),
        (e: Error) => `refused: ${e.message}`,
      );
    const here = await markdownProcessor.createRenderer(options);
    const expected = await Promise.all(jobs.map((j) => outcome(renderWith(here, j))));
    const pool = renderPool(options, { workers: true });
    try {
      // The pool renders its first files in this thread (IN_PROCESS_RENDERS): these go there, so every file compared goes to a worker.
      const warmUp = Array.from({ length: 16 }, (_, i) => ({ body: `Warm-up ${i}.\n`, data: {}, filePath: `/site/content/articles/warm-up-${i}.md` }));
      await Promise.all(warmUp.map((j) => pool.render(j)));
      const got = await Promise.all(jobs.map((j) => outcome(pool.render(j))));
      expect(jobs.length).toBeGreaterThan(900);
      expect(expected.filter((e) => e.startsWith('refused: ')).length).toBeGreaterThanOrEqual(6);
      expect(got).toEqual(expected);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
