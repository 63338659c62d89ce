/**
 * The search-quality measure (tests/build/search-quality.test.ts), shared with
 * scripts/tune-search.mjs so ranking changes are judged by the same numbers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { openSearch, type SearchTuning } from './pagefind-node.ts';
import { rng } from './corpus.mjs';
import { matchDirectory, type DirectoryEntry } from '../../src/search/directory.ts';
import { normalizeWord } from '../../src/search/query.ts';

/** Snowball's English stemmer (Porter2), the one Pagefind stems with: the judge of "a word of the same stem". */
const stem: (word: string) => string = createRequire(import.meta.url)('wink-porter2-stemmer');

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
 * Queries a dedicated explainer answers: its title or description is about
 * them. That explainer must come first, ahead of the ones that mention the
 * words (written before the ranking was changed for them).
 */
export const DEDICATED: [query: string, slug: string][] = [
  ['abductees', 'japan-abduction-issue'],
  ['abduction issue', 'japan-abduction-issue'],
  ['abducted Japanese citizens', 'japan-abduction-issue'],
  ['Northern Limit Line', 'northern-limit-line'],
  ['NLL', 'northern-limit-line'],
  ['sea border', 'northern-limit-line'],
  ['Kim Yo Jong', 'who-is-kim-yo-jong'],
  ["Kim Jong Un's sister", 'who-is-kim-yo-jong'],
  ['Pyongyang summit', 'pyongyang-summit-2002'],
  ['Koizumi', 'pyongyang-summit-2002'],
  ['diplomatic ties', 'japan-north-korea-relations'],
  ['Kishida summit', 'kim-jong-un-japan-summit'],
];

export async function firstPlaceMisses(outDir: string, cases: [string, string][]) {
  const search = await openSearch(outDir);
  const misses: string[] = [];
  for (const [q, slug] of cases) {
    const [first] = await search.top(q, 1);
    if (first !== `/articles/${slug}/`) misses.push(`"${q}" → expected ${slug} first, got ${first ?? 'nothing'}`);
  }
  return misses;
}

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

/**
 * Queries that occur nowhere in the sample site or the bench corpus: made-up
 * words, misspellings far from any word, words from unrelated fields, and
 * names the site has never written. Each must give no result at all.
 * (The test first checks that none of their words is in either text.)
 */
export const NONSENSE: string[] = [
  'xqzzy',
  'qwerty asdf',
  'zxcvbn',
  'flurbish',
  'glorptastic',
  'snazzleberry',
  'wibblewobble',
  'quuxly',
  'frobnicate',
  'blorft',
  'kwyjibo',
  'vrrrzm',
  'plumbus',
  'zorgon',
  'grommetfish',
  'yxxy',
  'ptarmiganz',
  'oojamaflip',
  'thingamabobber',
  'skrrtch',
  'abductionn',
  'pyongyanggg',
  'kishidda',
  'norhtern limt lien',
  'diplomtic tise',
  'sanktionz',
  'yeonpeyongg',
  'koizoomi',
  'summmit',
  'photosynthesis',
  'mitochondria',
  'quarterback',
  'touchdown',
  'sonata',
  'croissant',
  'sourdough',
  'photon',
  'neutrino',
  'algebraic topology',
  'cryptocurrency',
  'skateboard',
  'violin concerto',
  'zucchini',
  'quinoa salad',
  'kombucha',
  'origami',
  'tarantula',
  'dinosaur fossil',
  'volcanology',
  'Megumi Yokotaa',
  'Xavier Quimby',
  'Yolanda Zwick',
  'Zebediah Crump',
  'Quentin Blorp',
  'Ygritte',
  'Yoshimitsu Zorro',
  'Xenophon Qwerty',
];

/** The text a reader could search on a page: its indexed content and its searchable metadata. */
export function pageText(data: { content?: string; meta: Record<string, string | undefined> }): string {
  return [data.content ?? '', ...Object.values(data.meta).filter((v): v is string => typeof v === 'string')].join(' ');
}

/** Words of a text as search compares them (lower case, no punctuation, no diacritics). */
export const wordsOf = (text: string) => text.split(/\s+/).map(normalizeWord).filter(Boolean);

/**
 * `count` single words from the prose of bench articles, each at least four
 * letters, distinct, in the order a seeded draw meets them.
 */
export function sampleWords(articlesDir: string, count: number): string[] {
  const random = rng(1977);
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const seen = new Set<string>();
  for (let tries = 0; seen.size < count && tries < count * 200; tries++) {
    const paragraphs = proseParagraphs(readFileSync(join(articlesDir, files[Math.floor(random() * files.length)]!), 'utf8'));
    const words = paragraphs[Math.floor(random() * paragraphs.length)];
    const word = words && normalizeWord(words[Math.floor(random() * words.length)] ?? '');
    if (word && /^[a-z]{4,}$/.test(word)) seen.add(word);
  }
  return [...seen];
}

/**
 * Precision of single-word searches: every result's page must contain the
 * word, or a word of the same stem. Returns each result that does not.
 */
export async function precision(outDir: string, words: readonly string[]) {
  const search = await openSearch(outDir);
  const imprecise: string[] = [];
  let results = 0;
  for (const word of words) {
    for (const data of await search.all(word)) {
      results++;
      const page = wordsOf(pageText(data));
      if (!page.some((w) => w === word || stem(w) === stem(word))) imprecise.push(`"${word}" → ${data.url} has neither the word nor a word of its stem`);
    }
  }
  return { results, imprecise };
}

/** Text that is a control or site chrome, never article prose. */
export const CONTROL_TEXT = [
  'Share this explainer',
  'Copy link',
  'opens in a new tab',
  'Report an error',
  'corrections policy',
  '↩',
  'Back to reference',
  'Link to section',
  'Corrections and updates',
  'Correction:',
  'Update:',
  'Bluesky',
  'WhatsApp',
  'LinkedIn',
  'Reddit',
  'In this explainer',
  'Related explainers',
  'Part of the story',
];

/** Numbers glued to words ("2002Five") or left alone as a sentence (a footnote marker: "course. 9. Background"). */
const GLUED = [/\d\p{Lu}/u, /\p{Ll}\d/u, /(^|[.!?]\s)\d{1,2}\.(\s|$)/u];

/** Every excerpt (and sub-result excerpt) of the results of `queries` that shows control text or a glued number. */
export async function excerptProblems(outDir: string, queries: readonly string[]) {
  const search = await openSearch(outDir);
  const problems: string[] = [];
  let excerpts = 0;
  for (const q of queries) {
    for (const data of (await search.all(q)).slice(0, 10)) {
      for (const html of [data.excerpt, ...data.sub_results.map((s) => s.excerpt)]) {
        excerpts++;
        const text = html
          .replace(/<[^>]+>/g, '')
          .replace(/&#x27;|&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        const control = CONTROL_TEXT.find((c) => text.includes(c));
        const glued = GLUED.find((g) => g.test(text));
        if (control || glued) problems.push(`"${q}" → ${data.url}: ${control ? `shows "${control}"` : `glued number (${glued})`} in "${text}"`);
      }
    }
  }
  return { excerpts, problems };
}

/** The people, places, stories and topics directory a build wrote (dist/search-directory.json). */
export const readDirectory = (outDir: string): DirectoryEntry[] => JSON.parse(readFileSync(join(outDir, 'search-directory.json'), 'utf8'));

/** A reader typing a name gets the page of that person or place first in the directory group. */
export const PEOPLE_QUERIES: [query: string, url: string][] = [
  ['Kim Yo Jong', '/entities/kim-yo-jong/'],
  ['kim jong un', '/entities/kim-jong-un/'],
  ['Koizumi', '/entities/junichiro-koizumi/'],
  ['Fumio Kishida', '/entities/fumio-kishida/'],
  ['김여정', '/entities/kim-yo-jong/'],
  ['岸田文雄', '/entities/fumio-kishida/'],
  ['Pyongyang', '/entities/pyongyang/'],
  ['northern limit', '/entities/northern-limit-line/'],
];

export function directoryMisses(outDir: string, cases: readonly [string, string][]) {
  const entries = readDirectory(outDir);
  return cases
    .filter(([q, url]) => matchDirectory(entries, q)[0]?.url !== url)
    .map(
      ([q, url]) =>
        `"${q}" → expected ${url} first, got ${
          matchDirectory(entries, q)
            .map((e) => e.url)
            .join(', ') || 'nothing'
        }`,
    );
}

/** Parts of Korean and Japanese names, each of which must find the explainers that write the whole name. */
export const NAME_PARTS: [query: string, whole: string, slug: string][] = [
  ['文雄', '岸田文雄', 'kim-jong-un-japan-summit'],
  ['岸田', '岸田文雄', 'kim-jong-un-japan-summit'],
  ['岸田文雄', '岸田文雄', 'kim-jong-un-japan-summit'],
  ['정은', '김정은', 'kim-jong-un-japan-summit'],
  ['김정은', '김정은', 'kim-jong-un-japan-summit'],
  ['여정', '김여정', 'who-is-kim-yo-jong'],
  ['純一郎', '小泉純一郎', 'pyongyang-summit-2002'],
  ['小泉', '小泉純一郎', 'pyongyang-summit-2002'],
];

/** Name-part queries whose expected explainer is not in the top 3, or that find a page without the whole name. */
export async function namePartMisses(outDir: string) {
  const search = await openSearch(outDir);
  const misses: string[] = [];
  for (const [q, whole, slug] of NAME_PARTS) {
    const found = await search.all(q);
    const urls = found.map((d) => d.url);
    if (!urls.slice(0, 3).includes(`/articles/${slug}/`)) misses.push(`"${q}" → expected ${slug} in the top 3, got ${urls.join(', ') || 'nothing'}`);
    for (const d of found) if (!(d.content ?? '').includes(whole)) misses.push(`"${q}" → ${d.url} does not write ${whole}`);
  }
  return misses;
}
