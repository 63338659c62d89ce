// Measures search quality (the same measure as tests/build/search-quality.test.ts)
// for ranking variants over two built sites, so each ranking choice in
// src/search/run.ts is decided by numbers. Usage:
//   node scripts/tune-search.mjs <sample dist> <corpus dist> <corpus articles dir>
// (build them first, e.g. with BACKSTORY_OUT_DIR; see README, "Search").
import { HAND_WRITTEN, hitRate, samplePhrases } from './lib/search-quality.ts';
import { PAGEFIND_OPTIONS } from '../src/search/run.ts';

const [sample, corpus, articles] = process.argv.slice(2);
const variant = JSON.parse(process.env.TUNE ?? '{}');
const tuning = { options: { ...PAGEFIND_OPTIONS, ...(variant.options ?? {}) }, phraseFirst: variant.phraseFirst ?? true };
const hand = await hitRate(sample, HAND_WRITTEN, tuning);
const phrases = await hitRate(corpus, samplePhrases(articles, 200), tuning);
console.log(`${JSON.stringify(variant)}\thand-written ${(hand.rate * 100).toFixed(1)} %\tsampled ${(phrases.rate * 100).toFixed(1)} %`);
if (process.env.VERBOSE) console.log([...hand.misses, ...phrases.misses].join('\n'));
