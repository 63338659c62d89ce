/**
 * The search-quality measure (tests/build/search-quality.test.ts), shared with
 * scripts/tune-search.mjs so ranking changes are judged by the same numbers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSearch, type SearchTuning } from './pagefind-node.ts';
import { rng } from './corpus.mjs';

export const MIN_HIT_RATE = 0.95;

/** Written before any ranking was tuned. */
export const HAND_WRITTEN: [query: string, slug: string][] = [
  ['abduction issue', 'japan-abduction-issue'],
  ['abductees recognised by Japan', 'japan-abduction-issue'],
  ['special investigation committee', 'japan-abduction-issue'],
  ['Stockholm agreement 2014', 'japan-abduction-issue'],
  ['17 abductees', 'japan-abduction-issue'],
  ['committee dissolved 2016', 'japan-abduction-issue'],
  ['sanctions nuclear test rocket launch', 'japan-abduction-issue'],
  ['diplomatic ties', 'japan-north-korea-relations'],
  ['Japan North Korea relations timeline', 'japan-north-korea-relations'],
  ['food aid medical supplies', 'japan-north-korea-relations'],
  ['without any preconditions', 'japan-north-korea-relations'],
  ['talks resumed after a four-year break', 'japan-north-korea-relations'],
  ['Koizumi second visit 2004', 'japan-north-korea-relations'],
  ['Pyongyang Declaration', 'pyongyang-summit-2002'],
  ['Koizumi Kim Jong Il summit', 'pyongyang-summit-2002'],
  ['apology for colonial rule', 'pyongyang-summit-2002'],
  ['moratorium on missile launches', 'pyongyang-summit-2002'],
  ['17 September 2002', 'pyongyang-summit-2002'],
  ['小泉純一郎', 'pyongyang-summit-2002'],
  ['김정일', 'pyongyang-summit-2002'],
  ['National Defence Commission', 'pyongyang-summit-2002'],
  ['Northern Limit Line', 'northern-limit-line'],
  ['NLL', 'northern-limit-line'],
  ['Yeonpyeong shelling', 'northern-limit-line'],
  ['Cheonan corvette', 'northern-limit-line'],
  ['war provocation', 'northern-limit-line'],
  ['북방한계선', 'northern-limit-line'],
  ['Yellow Sea border', 'northern-limit-line'],
  ['Baengnyeong', 'northern-limit-line'],
  ['torpedo boat 1999', 'northern-limit-line'],
  ['Kim Yo Jong', 'who-is-kim-yo-jong'],
  ['김여정', 'who-is-kim-yo-jong'],
  ['younger sister', 'who-is-kim-yo-jong'],
  ['vice department director', 'who-is-kim-yo-jong'],
  ["Workers' Party of Korea", 'who-is-kim-yo-jong'],
  ['totally unacceptable', 'who-is-kim-yo-jong'],
  ['Kishida summit Kim Jong Un', 'kim-jong-un-japan-summit'],
  ['岸田文雄', 'kim-jong-un-japan-summit'],
  ['through another channel', 'kim-jong-un-japan-summit'],
  ['engrossed in the abduction issue', 'kim-jong-un-japan-summit'],
  ['sovereign right weapons tests', 'kim-jong-un-japan-summit'],
  ['김정은', 'kim-jong-un-japan-summit'],
];

/**
 * Plain prose paragraphs of an article body (no front matter, blocks, lists,
 * tables, headings or markup), each as its words. A phrase is sampled within
 * one paragraph: text that runs on across a paragraph break is not a phrase
 * a reader could have seen.
 */
function proseParagraphs(markdown: string): string[][] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .filter((p) => p.trim() && !/^\s*([-|#>:*]|\d+\.|\[\^)/.test(p) && !p.includes('<') && !p.includes(':entity') && !p.includes(':::'))
    .map((p) =>
      p
        .replace(/\[\^[^\]]*\]/g, '')
        .replace(/[*_`]/g, '')
        .split(/\s+/)
        .filter(Boolean),
    );
}

/** `count` phrases of 4–8 words from the middle of articles, each with its article's slug. */
export function samplePhrases(articlesDir: string, count: number): [string, string][] {
  const random = rng(2026);
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const out: [string, string][] = [];
  while (out.length < count) {
    const file = files[Math.floor(random() * files.length)]!;
    const paragraphs = proseParagraphs(readFileSync(join(articlesDir, file), 'utf8'));
    // "Deep inside": a paragraph from the second third of the article onwards.
    const deep = paragraphs.slice(Math.floor(paragraphs.length / 3));
    const length = 4 + Math.floor(random() * 5);
    const words = deep[Math.floor(random() * deep.length)];
    if (!words || words.length < length) continue;
    const start = Math.floor(random() * (words.length - length + 1));
    out.push([
      words
        .slice(start, start + length)
        .join(' ')
        .replace(/[.,;:!?"“”()]+$/g, ''),
      file.replace(/\.md$/, ''),
    ]);
  }
  return out;
}

export async function hitRate(outDir: string, cases: [string, string][], tuning?: SearchTuning) {
  const search = await openSearch(outDir, tuning);
  const misses: string[] = [];
  for (const [q, slug] of cases) {
    const top = await search.top(q, 3);
    if (!top.includes(`/articles/${slug}/`)) misses.push(`"${q}" → expected ${slug}, got ${top.join(', ') || 'nothing'}`);
  }
  return { rate: (cases.length - misses.length) / cases.length, misses };
}
