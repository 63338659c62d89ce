/**
 * What the post-build steps need to know of each HTML page of a built site
 * (the links it makes, the ids it has, the inline code it runs, whether it
 * is a whole article page), read in one pass and kept in a cache file
 * between builds. A page whose file has the size and modification time it
 * had at the last build (build/recycled-staging.ts carries unchanged pages
 * over as they were) is not read again: on a rebuild after one edit at
 * 5,000 articles that is 6,000 pages the security headers and the
 * verification no longer read twice. The checks themselves always run on
 * every page's facts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Tinypool } from 'tinypool';
import { inlineCodeHashes } from '../../outputs/security-headers.ts';
import { settings } from '../../config/env.ts';

export interface PageFacts {
  /** Internal links, sources and share images (same origin): each target once, as [the URL as written, its site path with any #fragment]. */
  targets: [href: string, target: string][];
  /** Every element id on the page. */
  ids: string[];
  /** Hashes of the inline scripts browsers run and of the inline styles (CSP source expressions). */
  scripts: string[];
  styles: string[];
  /** Whether the page has an element marked data-pagefind-body (an article body). */
  articleBody: boolean;
  /** Whether Astro's placeholder for an unresolved Markdown image is in the page. */
  unresolvedImage: boolean;
  /** SHA-256 of the page's bytes (hex): what decides its search-index shard's key (build/pagefind-index.ts). */
  digest: string;
}

/** SHA-256 of a page's HTML (hex): its facts' digest, and what pages indexed as they render are keyed by (build/search-index-stream.ts). */
export const pageDigest = (html: string | Uint8Array): string => createHash('sha256').update(html).digest('hex');

/** What Astro leaves in place of a Markdown image it did not resolve. */
export const UNRESOLVED_IMAGE = '__ASTRO_IMAGE_';

/** href/src attributes inside a start tag (text that merely shows `href="…"` is escaped and has no `<`). */
const ATTR = /<[a-zA-Z][^<>]*?\s(?:href|src)="([^"]*)"/g;
/** The share image a page announces (og:image, twitter:image): a link a reader's app follows. */
const SHARE_IMAGE = /<meta (?:property|name)="(?:og|twitter):image" content="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** The facts of one page, served at `page` (a site-relative file path such as "articles/x/index.html") on `origin`. */
export function pageFacts(html: string, page: string, origin: string, digest = pageDigest(html)): PageFacts {
  const base = new URL(`/${page.replace(/index\.html$/, '')}`, origin);
  const targets = new Map<string, string>();
  for (const m of [...html.matchAll(ATTR), ...html.matchAll(SHARE_IMAGE)]) {
    const href = decodeEntities(m[1]!);
    if (/^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
    const url = new URL(href, base);
    const target = `${url.pathname}${url.hash}`;
    if (url.origin === origin && !targets.has(target)) targets.set(target, href);
  }
  const code = inlineCodeHashes(html);
  return {
    targets: [...targets].map(([target, href]) => [href, target]),
    ids: [...new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)))],
    scripts: [...new Set(code.scripts)],
    styles: [...new Set(code.styles)],
    articleBody: html.includes('data-pagefind-body'),
    unresolvedImage: html.includes(UNRESOLVED_IMAGE),
    digest,
  };
}

/** The facts of the page file `file` (its bytes are hashed as read, not encoded again from the text). */
export function fileFacts(file: string, page: string, origin: string): PageFacts {
  const bytes = readFileSync(file);
  return pageFacts(bytes.toString('utf8'), page, origin, pageDigest(bytes));
}

interface CachedPage {
  size: number;
  mtimeMs: number;
  facts: PageFacts;
}

/** A change to what pageFacts reads must not reuse facts read the old way. */
const CACHE_VERSION = 3;

/** The facts this process last read or wrote per cache file: the steps of one build share them without parsing the file again. */
const inMemory = new Map<string, Map<string, CachedPage>>();

/** What a site's facts are made from: the facts still valid, and the pages to read. */
interface FactsPlan {
  /** Every page, in order; a page to read has no entry until its facts come in. */
  pages: Map<string, CachedPage | undefined>;
  /** Pages not known (or changed) since the cached facts, with their size and time. */
  toRead: { page: string; size: number; mtimeMs: number }[];
  cached: Map<string, CachedPage>;
  header: string;
  key: string;
}

function planFacts(dir: string, origin: string, cacheFile: string | undefined): FactsPlan {
  const header = `${CACHE_VERSION} ${origin}`;
  const key = `${header} ${cacheFile}`;
  let cached = (cacheFile && inMemory.get(key)) || new Map<string, CachedPage>();
  if (cacheFile && !inMemory.has(key) && existsSync(cacheFile)) {
    try {
      const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { header: string; pages: [string, CachedPage][] };
      if (stored.header === header) cached = new Map(stored.pages);
    } catch {
      // An unreadable cache only means every page is read.
    }
  }
  const pages: FactsPlan['pages'] = new Map();
  const toRead: FactsPlan['toRead'] = [];
  for (const page of htmlFiles(dir)) {
    const { size, mtimeMs } = statSync(join(dir, page));
    const known = cached.get(page);
    // Times within a millisecond count as the same (see recycled-staging.ts).
    if (known && known.size === size && Math.abs(known.mtimeMs - mtimeMs) < 1) pages.set(page, known);
    else {
      pages.set(page, undefined);
      toRead.push({ page, size, mtimeMs });
    }
  }
  return { pages, toRead, cached, header, key };
}

/** The plan's pages with `read` (the facts of plan.toRead, in its order), cached in memory and in `cacheFile`. */
function finishFacts(plan: FactsPlan, read: readonly PageFacts[], cacheFile: string | undefined): Map<string, PageFacts> {
  const { toRead, cached, header, key } = plan;
  toRead.forEach(({ page, size, mtimeMs }, i) => plan.pages.set(page, { size, mtimeMs, facts: read[i]! }));
  const pages = plan.pages as Map<string, CachedPage>;
  if (cacheFile) {
    inMemory.set(key, pages);
    if (toRead.length || pages.size !== cached.size || !existsSync(cacheFile)) {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, JSON.stringify({ header, pages: [...pages] }));
    }
  }
  return new Map([...pages].map(([page, { facts }]) => [page, facts]));
}

/**
 * The facts of every .html page under `dir`, by site-relative path (sorted).
 * With `cacheFile`, pages unchanged since the facts in it were read are not
 * read again, and the file is rewritten with this site's facts.
 */
export function siteFacts(dir: string, origin: string, cacheFile?: string): Map<string, PageFacts> {
  const plan = planFacts(dir, origin, cacheFile);
  return finishFacts(plan, readHere(dir, origin, plan.toRead), cacheFile);
}

/** Reads the planned pages of `dir` on this thread. */
function readHere(dir: string, origin: string, toRead: readonly { page: string }[]): PageFacts[] {
  return toRead.map(({ page }) => fileFacts(join(dir, page), page, origin));
}

/** Below this many pages to read, starting workers costs more than it saves. */
const READ_IN_THREAD = 400;
/** Pages one worker task reads: few enough that the workers finish together. */
const TASK_PAGES = 250;

/** One worker task (page-facts-worker.ts): pages of `dir` to read. */
export interface PageFactsTask {
  dir: string;
  origin: string;
  pages: string[];
}

/**
 * siteFacts with the pages to read shared out to worker threads, one per
 * core: a cold build at 5,000 explainers has about 6,000 new pages, about
 * 3 s on one thread, while nothing else runs.
 */
export async function siteFactsOnWorkers(dir: string, origin: string, cacheFile?: string): Promise<Map<string, PageFacts>> {
  const plan = planFacts(dir, origin, cacheFile);
  if (plan.toRead.length < READ_IN_THREAD) return finishFacts(plan, readHere(dir, origin, plan.toRead), cacheFile);
  // The worker runs the source file with plain Node (type stripping), found from the project root, where Astro runs.
  const pool = new Tinypool({ filename: resolve('src/build/verify/page-facts-worker.ts'), maxThreads: Math.max(1, availableParallelism()) });
  try {
    const tasks: Promise<PageFacts[]>[] = [];
    for (let i = 0; i < plan.toRead.length; i += TASK_PAGES) {
      const task: PageFactsTask = { dir, origin, pages: plan.toRead.slice(i, i + TASK_PAGES).map(({ page }) => page) };
      tasks.push(pool.run(task) as Promise<PageFacts[]>);
    }
    return finishFacts(plan, (await Promise.all(tasks)).flat(), cacheFile);
  } finally {
    await pool.destroy();
  }
}

/** The facts of a build's pages (`outDir`), with the site's origin and the cache the post-build steps share. */
export function builtPageFacts(outDir: string): Map<string, PageFacts> {
  return siteFacts(outDir, new URL(settings.siteUrl).origin, settings.pageFactsFile);
}

/** builtPageFacts for the first step after the pages, which reads every new page: on worker threads. */
export function readBuiltPageFacts(outDir: string): Promise<Map<string, PageFacts>> {
  return siteFactsOnWorkers(outDir, new URL(settings.siteUrl).origin, settings.pageFactsFile);
}

/** The file of an article's page, relative to the output folder. */
export const articlePage = (slug: string) => `articles/${slug}/index.html`;

/** Every .html file under `dir`, as site-relative paths, sorted. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}
