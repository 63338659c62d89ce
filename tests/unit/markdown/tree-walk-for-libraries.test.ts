import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeCorpus } from '../../../scripts/lib/corpus.mjs';
import { markdownFiles } from '../../support/markdown-files.ts';
import { bodyInPlace, parseMarkdownFile } from '../../../src/content/frontmatter.ts';
import { markdownProcessor } from '../../../src/markdown/processor.ts';
import { renderPool, renderWith, type RendererOptions, type RenderJob } from '../../../src/content/render-pool.ts';

const options = { syntaxHighlight: false, gfm: true } as RendererOptions;

function probe(mode: 'swap' | 'render-worker' | 'none'): Promise<{ walker: string; url?: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../support/tree-walk-probe-worker.ts', import.meta.url), { workerData: { mode } });
    worker.once('message', (m) => void worker.terminate().then(() => resolve(m)));
    worker.once('error', reject);
  });
}

function job(filePath: string): RenderJob[] {
  const parsed = parseMarkdownFile(readFileSync(filePath, 'utf8'));
  if (!parsed.ok) return []; // front matter that is not YAML never reaches a renderer
  return [{ body: bodyInPlace(parsed.file), data: parsed.file.data, filePath }];
}

describe("libraries' tree walks swapped for tree-walk.ts", () => {
  it('makes a library in that thread walk with tree-walk.ts, and finds the same; the render worker does it', async () => {
    const [swapped, library, renderWorker] = [await probe('swap'), await probe('none'), await probe('render-worker')];
    expect(library.walker).toContain('unist-util-visit-parents');
    expect(swapped.walker).toContain('src/markdown/tree-walk.ts');
    expect(renderWorker.walker).toContain('src/markdown/tree-walk.ts');
    expect(swapped.url).toBe('https://example.org/');
    expect(library.url).toBe('https://example.org/');
  });

  it('renders content, fixtures (bad ones too) and bench articles on the workers byte for byte as the libraries do here', async () => {
    const bench = writeCorpus(mkdtempSync(join(tmpdir(), 'backstory-tree-walk-')), 200) as string;
    const jobs = [...markdownFiles('content'), ...markdownFiles('tests/fixtures'), ...markdownFiles(join(bench, 'articles'))].flatMap(job);
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
      expect(jobs.length).toBeGreaterThan(250);
      expect(expected.filter((e) => e.startsWith('refused: ')).length).toBeGreaterThanOrEqual(6);
      expect(got).toEqual(expected);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
