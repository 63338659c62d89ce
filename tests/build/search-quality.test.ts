import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAstro } from '../support/build-site.ts';
import { readFileSync, readdirSync } from 'node:fs';
import {
  DEDICATED,
  HAND_WRITTEN,
  firstPlaceMisses,
  MIN_HIT_RATE,
  NONSENSE,
  PEOPLE_QUERIES,
  directoryMisses,
  excerptProblems,
  hitRate,
  namePartMisses,
  precision,
  sampleWords,
  samplePhrases,
  wordsOf,
} from '../../scripts/lib/search-quality.ts';
import { openSearch } from '../../scripts/lib/pagefind-node.ts';
import { writeCorpus } from '../../scripts/lib/corpus.mjs';

/**
 * Search quality, measured with the site's own search code over real
 * indexes. Each query's article must be in the top 3. Two sets:
 * - hand-written reader queries over the shipped explainers (written before
 *   any ranking was tuned; names in Latin, Korean and Japanese script);
 * - 200 phrases of 4 to 8 words sampled from deep inside benchmark articles,
 *   as a reader half-remembering a passage would type them.
 * Both hit rates are printed; either below 95 % fails.
 *
 * And a precision half: queries that occur nowhere give nothing; every
 * result of a single-word search contains the word or a word of its stem;
 * excerpts read as prose (no control text, no glued numbers); name parts in
 * Korean and Japanese find the explainers that write the name; a person's
 * name finds their page first among people and places.
 */
describe('search quality', () => {
  let sampleOut = '';
  let corpusOut = '';
  let corpusArticles = '';
  beforeAll(async () => {
    const corpus = writeCorpus(mkdtempSync(join(tmpdir(), 'backstory-quality-')), 300, 7) as string;
    corpusArticles = join(corpus, 'articles');
    // Both indexes in shards (the sample in 3, the corpus in 5), merged as
    // the browser merges them: quality must hold across shards, whose
    // scores Pagefind compares as they come. One build after the other: two
    // builds of one checkout share its .astro/ folder.
    const sample = await runAstro('build', resolve('content'), { BACKSTORY_NOW: '2026-01-01T00:00:00Z', BACKSTORY_SHARD_SIZE: '2' });
    const bench = await runAstro('build', corpus, { BACKSTORY_NOW: '2026-01-01T00:00:00Z', BACKSTORY_SHARD_SIZE: '60' });
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

  it(`ranks the dedicated explainer first for ${DEDICATED.length} queries its title or description is about`, async () => {
    const misses = await firstPlaceMisses(sampleOut, DEDICATED);
    console.log(
      `search ranking, dedicated explainer first: ${DEDICATED.length - misses.length} of ${DEDICATED.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(misses).toEqual([]);
  });

  it('finds the article of 200 phrases sampled from deep inside benchmark articles in the top 3 (≥ 95 %)', async () => {
    const phrases = samplePhrases(corpusArticles, 200);
    const { rate, misses } = await hitRate(corpusOut, phrases);
    console.log(
      `search quality, sampled phrases: ${(rate * 100).toFixed(1)} % of ${phrases.length} in the top 3${misses.length ? `\n  misses (first 10):\n  ${misses.slice(0, 10).join('\n  ')}` : ''}`,
    );
    expect(rate, misses.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });

  /** Every word of the sample site's and the corpus's own text, to prove a "nonsense" query really occurs nowhere. */
  const vocabulary = () => {
    const words = new Set<string>();
    for (const dir of [resolve('content'), join(corpusArticles, '..')]) {
      for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (f.isFile() && f.name.endsWith('.md')) for (const w of wordsOf(readFileSync(join(f.parentPath, f.name), 'utf8'))) words.add(w);
      }
    }
    return words;
  };

  it(`gives no result for ${NONSENSE.length} queries that occur nowhere, on the sample site and the bench corpus`, async () => {
    expect(NONSENSE.length).toBeGreaterThanOrEqual(50);
    const known = vocabulary();
    expect(
      NONSENSE.filter((q) => wordsOf(q).every((w) => known.has(w))),
      'queries whose words all occur somewhere are not nonsense',
    ).toEqual([]);
    const found: string[] = [];
    for (const out of [sampleOut, corpusOut]) {
      const search = await openSearch(out);
      for (const q of NONSENSE) {
        const hits = await search.all(q);
        if (hits.length)
          found.push(
            `"${q}" → ${hits.length} results (${hits
              .slice(0, 3)
              .map((h) => h.url)
              .join(', ')})`,
          );
      }
    }
    console.log(
      `search precision, nonsense: ${NONSENSE.length * 2 - found.length} of ${NONSENSE.length * 2} queries (2 sites) give no result${found.length ? `\n  ${found.slice(0, 20).join('\n  ')}` : ''}`,
    );
    expect(found).toEqual([]);
  });

  it('every result of 100 single words sampled from the bench corpus contains the word or a word of its stem (precision 100 %)', async () => {
    const words = sampleWords(corpusArticles, 100);
    expect(words.length).toBe(100);
    const { results, imprecise } = await precision(corpusOut, words);
    console.log(
      `search precision, single words: ${results - imprecise.length} of ${results} results of ${words.length} words precise${imprecise.length ? `\n  ${imprecise.slice(0, 20).join('\n  ')}` : ''}`,
    );
    expect(results).toBeGreaterThan(100);
    expect(imprecise).toEqual([]);
  });

  it('excerpts read as prose: no control text and no glued number, for every hand-written query', async () => {
    const { excerpts, problems } = await excerptProblems(
      sampleOut,
      HAND_WRITTEN.map(([q]) => q),
    );
    console.log(
      `excerpt hygiene: ${excerpts - problems.length} of ${excerpts} excerpts clean${problems.length ? `\n  ${problems.slice(0, 20).join('\n  ')}` : ''}`,
    );
    expect(excerpts).toBeGreaterThan(HAND_WRITTEN.length);
    expect(problems).toEqual([]);
  });

  it('finds Korean and Japanese names by family name, given name and the whole', async () => {
    const misses = await namePartMisses(sampleOut);
    console.log(`name parts: ${misses.length === 0 ? 'all found' : misses.join('\n  ')}`);
    expect(misses).toEqual([]);
  });

  it("finds a person's or place's own page first among people and places", () => {
    const misses = directoryMisses(sampleOut, PEOPLE_QUERIES);
    console.log(
      `people and places: ${PEOPLE_QUERIES.length - misses.length} of ${PEOPLE_QUERIES.length} first${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(misses).toEqual([]);
  });
});
