import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAstro } from '../support/build-site.ts';
import { HAND_WRITTEN, MIN_HIT_RATE, hitRate, samplePhrases } from '../../scripts/lib/search-quality.ts';
import { writeCorpus } from '../../scripts/lib/corpus.mjs';

/**
 * Search quality, measured with the site's own search code over real
 * indexes. Each query's article must be in the top 3. Two sets:
 * - hand-written reader queries over the shipped explainers (written before
 *   any ranking was tuned; names in Latin, Korean and Japanese script);
 * - 200 phrases of 4 to 8 words sampled from deep inside benchmark articles,
 *   as a reader half-remembering a passage would type them.
 * Both hit rates are printed; either below 95 % fails.
 */
describe('search quality', () => {
  let sampleOut = '';
  let corpusOut = '';
  let corpusArticles = '';
  beforeAll(async () => {
    const corpus = writeCorpus(mkdtempSync(join(tmpdir(), 'backstory-quality-')), 300, 7) as string;
    corpusArticles = join(corpus, 'articles');
    const [sample, bench] = await Promise.all([
      runAstro('build', resolve('content'), { BACKSTORY_NOW: '2026-01-01T00:00:00Z' }),
      runAstro('build', corpus, { BACKSTORY_NOW: '2026-01-01T00:00:00Z' }),
    ]);
    expect(sample.code, sample.output).toBe(0);
    expect(bench.code, bench.output).toBe(0);
    sampleOut = sample.outDir;
    corpusOut = bench.outDir;
  }, 600_000);

  it(`finds each of ${HAND_WRITTEN.length} hand-written queries' article in the top 3 (≥ 95 %)`, async () => {
    expect(HAND_WRITTEN.length).toBeGreaterThanOrEqual(40);
    const { rate, misses } = await hitRate(sampleOut, HAND_WRITTEN);
    console.log(
      `search quality, hand-written: ${(rate * 100).toFixed(1)} % of ${HAND_WRITTEN.length} in the top 3${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });

  it('finds the article of 200 phrases sampled from deep inside benchmark articles in the top 3 (≥ 95 %)', async () => {
    const phrases = samplePhrases(corpusArticles, 200);
    const { rate, misses } = await hitRate(corpusOut, phrases);
    console.log(
      `search quality, sampled phrases: ${(rate * 100).toFixed(1)} % of ${phrases.length} in the top 3${misses.length ? `\n  misses (first 10):\n  ${misses.slice(0, 10).join('\n  ')}` : ''}`,
    );
    expect(rate, misses.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });
});
