// Deterministic generator of synthetic explainer articles for the benchmark.
// Article i depends only on (seed, i). The text is invented filler in the
// shape of real explainers (headings, lists, tables, footnotes, Korean and
// Japanese names in lang-tagged spans); it is never published.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = [
  'north-korea',
  'japan',
  'south-korea',
  'china',
  'diplomacy',
  'security',
  'economy',
  'energy',
  'trade',
  'elections',
  'climate',
  'technology',
  'history',
  'people',
  'united-states',
  'russia',
  'shipping',
  'health',
];
// [name, lang, native, entity slug, kind]
const NAMES = [
  ['Kim Jong Un', 'ko', '김정은', 'kim-jong-un', 'person'],
  ['Fumio Kishida', 'ja', '岸田文雄', 'fumio-kishida', 'person'],
  ['Pyongyang', 'ko', '평양', 'pyongyang', 'place'],
  ['Kim Yo Jong', 'ko', '김여정', 'kim-yo-jong', 'person'],
  ['Tokyo', 'ja', '東京', 'tokyo', 'place'],
  ['Seoul', 'ko', '서울', 'seoul', 'place'],
];
const AUTHORS = ['staff', 'asia-desk', 'min-ji-park', 'kenji-sato', 'data-team'];
const STORIES = Array.from({ length: 12 }, (_, i) => `story-${String(i + 1).padStart(2, '0')}`);
const LABELLED = { 'What happened': 'what-happened', 'Why it matters': 'why-it-matters', Background: 'background', "What's next": 'whats-next' };
const WORDS = (
  'government officials said the agreement would take effect after talks between ministers in the capital where analysts ' +
  'expect negotiations over tariffs shipping routes energy prices and border security to continue through the summer while ' +
  'observers note that public support has fallen since the election and the opposition has called for an inquiry into ' +
  'the budget the report found that exports rose sharply in the first quarter before slowing as demand weakened across the region ' +
  // A second pool, so the corpus has words that begin other words (commit, committee; port, portion; state, statement),
  // the cases where search must not confuse a word with a longer one.
  'committee commitment commit state statement states port portion report reporters press pressure pact impact ' +
  'minister ministry council counsel treaty treat sanction sanctions inspect inspector inspection court courtroom ' +
  'harbour harbours vessel vessels coast coastline coastal ferry fisheries fishing island islands strait straits ' +
  'protest protesters strike striker union unions wage wages pension pensions reform reformers court ruling ruled ' +
  'drought flood floods rainfall harvest harvests grain grains fertiliser refinery refineries pipeline pipelines ' +
  'missile missiles launch launched satellite satellites radar drill drills patrol patrols navy naval artillery ' +
  'summit summits envoy envoys embassy embassies visa visas passport passports migrant migrants asylum border ' +
  'inflation interest lender lenders bond bonds currency currencies deficit surplus subsidy subsidies levy levies'
).split(' ');
// Figures reuse the repository's own images, so the corpus exercises the image
// pipeline (a raster with srcset, and an SVG) without network or new files.
const FIGURE_SOURCES = join(import.meta.dirname, '../..');
const FIGURES_FROM = { 'harbour.jpg': 'tests/fixtures/good/images/harbour.jpg', 'map.svg': 'content/images/northern-limit-line-map.svg' };
const FIGURES = Object.keys(FIGURES_FROM);
const HEADINGS = ['What happened', 'Why it matters', 'Background', 'The numbers', 'What the sides say', "What's next", 'How we got here', 'Who is involved'];

/** A small seeded generator (mulberry32): same seed, same sequence. Also used by the search-quality test. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticle(i, seed = 42) {
  const r = rng(seed * 1_000_003 + i);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const s = words(10 + Math.floor(r() * 14));
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const paragraph = () => {
    const parts = Array.from({ length: 3 + Math.floor(r() * 3) }, sentence);
    if (r() < 0.35) {
      const [en, lang, native, entity] = pick(NAMES);
      parts.splice(1, 0, `:entity[${en}]{#${entity}} (<span lang="${lang}">${native}</span>) was named in the statement.`);
    }
    return parts.join(' ');
  };
  const slug = `explainer-${String(i).padStart(5, '0')}`;
  const day = Math.floor(r() * 1826); // 2020-01-01 .. 2024-12-31
  const published = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000 + Math.floor(r() * 86_400) * 1000);
  const topics = [...new Set(Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(TOPICS)))];
  const title = `${words(1).replace(/^./, (c) => c.toUpperCase())} ${words(5)} ${i}`;
  const fm = [
    '---',
    `title: "${title}"`,
    `description: "${sentence()}"`,
    `publishedAt: ${published.toISOString().replace('.000Z', 'Z')}`,
    ...(r() < 0.3 ? [`updatedAt: ${new Date(published.getTime() + 86_400_000 * 3).toISOString().slice(0, 10)}`] : []),
    `topics: [${topics.join(', ')}]`,
    `authors: [${pick(AUTHORS)}]`,
    ...(r() < 0.3 ? [`story: ${pick(STORIES)}`] : []),
    ...(r() < 0.1
      ? ['corrections:', `  - date: ${new Date(published.getTime() + 86_400_000 * 5).toISOString().slice(0, 10)}`, `    text: "${sentence()}"`]
      : []),
    // One cited source each (no random draw, so the rest of the corpus is as before).
    'sources:',
    '  - id: wire',
    '    publisher: Benchmark Wire',
    `    title: "Generated report ${slug}"`,
    `    date: ${published.toISOString().slice(0, 10)}`,
    '---',
    '',
  ];
  const body = [];
  if (r() < 0.6) body.push(':::key-points', ...Array.from({ length: 3 + Math.floor(r() * 3) }, () => `- ${sentence()}`), ':::', '');
  body.push(`${paragraph()}:cite[wire]`, '');
  const sections = [...HEADINGS].sort(() => r() - 0.5).slice(0, 5);
  let footnote = false;
  sections.forEach((h, s) => {
    const block = LABELLED[h];
    if (block) body.push(`:::${block}`, '');
    else body.push(`## ${h}`, '');
    body.push(paragraph(), '');
    if (s === 1) body.push(...Array.from({ length: 4 }, () => `- ${sentence()}`), '');
    if (s === 2) body.push(...Array.from({ length: 3 }, (_, k) => `${k + 1}. ${sentence()}`), '');
    if (s === 3 && r() < 0.25)
      body.push(
        '| Year | Figure | Change |',
        '|---|---|---|',
        ...[2021, 2022, 2023].map((y) => `| ${y} | ${Math.floor(r() * 900)} | ${Math.floor(r() * 20) - 10}% |`),
        '',
      );
    if (s === 2) body.push(`### ${words(3)}`, '', paragraph(), '');
    if (s === 4 && r() < 0.2) body.push(`> ${sentence()}`, '');
    if (s === 0 && r() < 0.2) {
      body.push(`${sentence()}[^1]`, '');
      footnote = true;
    }
    if (s === 1 && r() < 0.25) {
      const start = 2000 + Math.floor(r() * 15);
      body.push(':::timeline', ...Array.from({ length: 4 }, (_, k) => `- ${start + k * 2}-0${1 + k}-1${k}: ${sentence()}`), ':::', '');
    }
    body.push(paragraph(), '');
    if (block) body.push(':::', '');
  });
  if (r() < 0.1) body.push(':::question[What happens now?]', paragraph(), ':::', '');
  if (r() < 0.1)
    body.push(':::figure{credit="Benchmark photo"}', `![${sentence()}](../images/${FIGURES[Math.floor(r() * FIGURES.length)]})`, '', sentence(), ':::', '');
  if (r() < 0.15) body.push(':::facts[In numbers]', ...Array.from({ length: 3 }, () => `- ${Math.floor(r() * 900)} ${words(3)}`), ':::', '');
  if (footnote) body.push(`[^1]: ${sentence()}`, '');
  return { slug, text: fm.join('\n') + body.join('\n') };
}

/** Writes the entities, authors and stories the articles refer to. */
function writeSupportFiles(dir) {
  for (const sub of ['entities', 'authors', 'stories', 'images']) mkdirSync(join(dir, sub), { recursive: true });
  for (const name of FIGURES) copyFileSync(join(FIGURE_SOURCES, FIGURES_FROM[name]), join(dir, 'images', name));
  for (const [name, lang, native, slug, kind] of NAMES) {
    writeFileSync(
      join(dir, 'entities', `${slug}.md`),
      `---\nname: ${name}\nnative: { text: ${native}, lang: ${lang} }\nkind: ${kind}\nrole: "Synthetic benchmark entity"\nsummary: "A generated profile of ${name} for the benchmark."\nsources: [{ publisher: Benchmark generator, title: "Synthetic profile", date: 2024-01-01 }]\n---\n`,
    );
  }
  for (const slug of AUTHORS.slice(1)) {
    writeFileSync(
      join(dir, 'authors', `${slug}.md`),
      `---\nname: "${slug.replace(/-/g, ' ')}"\nrole: Writer\nbio: "A generated author for the benchmark."\n---\n`,
    );
  }
  for (const slug of STORIES) {
    writeFileSync(join(dir, 'stories', `${slug}.md`), `---\ntitle: "Generated ${slug}"\ndescription: "A generated story for the benchmark."\n---\n`);
  }
}

/** Writes N articles to `dir/articles/` (with the files they refer to) and returns the folder. */
export function writeCorpus(dir, n, seed = 42) {
  const articles = join(dir, 'articles');
  mkdirSync(articles, { recursive: true });
  writeSupportFiles(dir);
  for (let i = 1; i <= n; i++) {
    const { slug, text } = generateArticle(i, seed);
    writeFileSync(join(articles, `${slug}.md`), text);
  }
  return dir;
}
