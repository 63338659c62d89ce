import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../../src/markdown/processor.ts';
import { RENDERS_PER_TASK, renderPool, renderWith, type RendererOptions, type RenderJob } from '../../../src/content/render-pool.ts';

const options = { syntaxHighlight: false } as RendererOptions;

/** 45 files: most fine, every seventh one refused by a plugin (an image without alt text, on its own line). */
const jobs: RenderJob[] = Array.from({ length: 45 }, (_, i) => ({
  body: i % 7 === 3 ? `Intro ${i}.\n\n![](./missing-${i}.png)\n` : `## Part ${i}\n\nThe envoy met ${i} officials in Pyongyang.\n`,
  data: { title: `File ${i}` },
  filePath: `/site/content/articles/file-${i}.md`,
}));

describe('the Markdown render pool', () => {
  it('gives every file its own render or its own error, on workers in batches as in this thread', async () => {
    const here = await markdownProcessor.createRenderer(options);
    const expected = await Promise.all(jobs.map((job) => renderWith(here, job).then((r) => ({ html: r.html }), (e: Error) => ({ error: e.message }))));
    // More files than are rendered in this thread, so most go to the workers, RENDERS_PER_TASK at a time.
    expect(jobs.length).toBeGreaterThan(16 + 3 * RENDERS_PER_TASK);
    const pool = renderPool(options, { workers: true });
    try {
      const got = await Promise.all(jobs.map((job) => pool.render(job).then((r) => ({ html: r.html }), (e: Error) => ({ error: e.message }))));
      expect(got).toEqual(expected);
      const errors = got.flatMap((g) => ('error' in g ? [g.error] : []));
      expect(errors).toHaveLength(6);
      expect(errors[5]).toMatch(/file-38\.md:3: .*no alt text/);
    } finally {
      await pool.close();
    }
  });
});
