import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { setPagefindChunkSize, settings } from '../config/env.ts';
import { newestCount, planNewest, planShards, SHARD_TARGET, SHARDS_FILE, type PlannedShard, type ShardEntry, type ShardList } from '../domain/search-shards.ts';
import { readManifest } from './manifest.ts';
import { linkFile } from './link-file.ts';
import { articlePage, builtPageFacts } from './verify/page-facts.ts';

/**
 * Indexes the built site with Pagefind's Node API once every page is
 * written, in shards (domain/search-shards.ts): the newest shard is
 * Pagefind's own index at dist/pagefind/, each older one goes to
 * dist/pagefind/shards/<name>/, and dist/pagefind/shards.json lists them
 * for the browser (search/shards.ts merges them into one search).
 *
 * A shard's index is kept in the cache folder under a key of the exact
 * pages it holds, so a rebuild re-indexes only the shards whose pages
 * changed; the others are copied, byte for byte what indexing them again
 * would write. Two shards are indexed at a time, so Pagefind's memory is
 * bounded by two shards, not by the archive.
 *
 * Only elements marked `data-pagefind-body` (article bodies) are indexed.
 * Any Pagefind error, or an article page that did not make it into its
 * shard, fails the build: a site whose search silently misses articles must
 * never go live.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'backstory:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const manifest = readManifest(outDir);
        if (manifest.articles.length === 0) {
          // With no data-pagefind-body anywhere Pagefind would index every page.
          logger.warn('no published articles: the search index is not written');
          return;
        }
        const target = settings.shardSize ?? SHARD_TARGET;
        const published = manifest.articles.map((slug) => ({ slug, day: manifest.published[slug]!.slice(0, 10) }));
        const shards = planShards(published, target);
        // With more than one shard, the newest explainers get a small index of
        // their own too, for a first answer (indexed and cached as a shard is).
        const newest = shards.length > 1 ? planNewest(published, newestCount(target)) : undefined;
        const plan = newest ? [...shards, newest] : shards;
        const cache = settings.searchShardCacheDir;
        const chunkSize = setPagefindChunkSize(CHUNK_SIZE);
        const stored: string[] = [];
        let indexed = 0;
        try {
          // Two shards at a time: Pagefind's service answers one call at a
          // time, but reading pages and writing files overlap (8.0 → 6.2 s
          // for four shards). Each shard's pages are read once, for its key
          // and, when the cache does not have it, for indexing.
          // The pages' digests come from what the headers step read of them
          // (build/verify/page-facts.ts): a kept shard's pages are not read at all.
          const facts = builtPageFacts(outDir);
          await inParallel([...plan.keys()], INDEXING_AT_ONCE, async (i) => {
            const shard = plan[i]!;
            stored[i] = join(
              cache,
              shardKey(shard, (slug) => facts.get(articlePage(slug))?.digest ?? 'no page', chunkSize),
            );
            if (existsSync(stored[i])) return;
            await indexShard(shard, (slug) => readFileSync(join(outDir, articlePage(slug)), 'utf8'), stored[i]);
            indexed++;
          });
        } finally {
          await pagefind.close();
        }
        const entry = (shard: PlannedShard, dir: string): ShardEntry => ({ name: shard.name, dir, from: shard.from, to: shard.to, pages: shard.slugs.length });
        const entries: ShardEntry[] = shards.map((shard, i) => {
          const dir = i === 0 ? '' : `shards/${shard.name}/`;
          copyShard(stored[i]!, join(outDir, 'pagefind', dir), i === 0 ? 'primary' : 'merged');
          return entry(shard, dir);
        });
        if (newest) copyShard(stored[shards.length]!, join(outDir, 'pagefind', NEWEST_DIR), 'own');
        const list: ShardList = { target, shards: entries, ...(newest ? { newest: entry(newest, NEWEST_DIR) } : {}) };
        writeFileSync(join(outDir, 'pagefind', SHARDS_FILE), JSON.stringify(list));
        const used = new Set(stored.map((dir) => basename(dir)));
        // Shards no build uses any more would only fill the disk.
        for (const old of existsSync(cache) ? readdirSync(cache) : []) if (!used.has(old)) rmSync(join(cache, old), { recursive: true, force: true });
        const seconds = (performance.now() - started) / 1000;
        logger.info(
          `indexed ${manifest.articles.length} pages in ${shards.length} shard(s)${newest ? ` and the newest ${newest.slugs.length} on their own` : ''}: ${indexed} indexed, ${plan.length - indexed} kept from the last build, in ${seconds.toFixed(2)} s`,
        );
      },
    },
  };
}

/**
 * Word postings per chunk of a shard's word index (Pagefind's default is
 * 20,000, sized for one index of a whole site). A search fetches, from
 * every shard, the chunk that holds each query word, and with the default a
 * shard's chunk also carries many other words: at 10,000 bench articles in
 * 20 shards the first "summit envoy" fetched 1,489 KB, 733 KB with 2,000
 * (one unsharded index: 666 KB).
 */
const CHUNK_SIZE = 2000;

/** Shards indexed at the same time. */
const INDEXING_AT_ONCE = 2;

/** Runs `task` over `items`, at most `limit` at a time; the first failure fails the whole. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** What decides a shard's index: Pagefind's version, its chunk size and the exact bytes of its pages (by their digests). */
function shardKey(shard: PlannedShard, digest: (slug: string) => string, chunkSize: string): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion()} chunks ${chunkSize}\n`);
  for (const slug of shard.slugs) hash.update(`${slug} ${digest(slug)}\n`);
  return hash.digest('hex').slice(0, 24);
}

let version: string | undefined;
function pagefindVersion(): string {
  // Its package.json is not exported, so it is read by path (from the project root, as every setting is).
  return (version ??= (JSON.parse(readFileSync(resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version);
}

/** Indexes one shard's pages into `target` (written beside it first, so a failed run leaves no half shard in the cache). */
async function indexShard(shard: PlannedShard, page: (slug: string) => string, target: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  fail(errors, 'could not start');
  if (!index) throw new Error('Pagefind returned no index');
  for (const slug of shard.slugs) {
    const added = await index.addHTMLFile({ sourcePath: articlePage(slug), content: page(slug) });
    fail(added.errors, `could not index articles/${slug}/`);
  }
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: partial });
  fail(written.errors, 'could not write the index');
  await index.deleteIndex();
  const count = indexedPageCount(partial);
  if (count !== shard.slugs.length) {
    throw new Error(
      `Pagefind indexed ${count} of the ${shard.slugs.length} article pages of shard ${shard.name}. ` +
        'Fix: every article page needs exactly one data-pagefind-body element, and no other page may have one.',
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  renameSync(partial, target);
}

/** Where the newest explainers' own index goes, under /pagefind/. */
const NEWEST_DIR = 'newest/';

/**
 * What each kind of index needs in the browser. A merged shard: its entry,
 * metadata, word index, filters and fragments (Pagefind's code and WASM
 * come from the primary). An index searched on its own (the newest
 * explainers') also loads its WASM from its own folder, and, opened first,
 * starts Pagefind's one web worker from it (without the worker script
 * there, Pagefind falls back to searching on the page's main thread). The
 * primary: all of Pagefind's files.
 */
const PARTS = {
  merged: /^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/,
  own: /^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment|wasm\..*\.pagefind|pagefind-worker\.js)$/,
  primary: /./,
} as const;

/**
 * Puts a cached shard's files into the site as hard links: a cached shard is
 * never written again (indexShard renames a finished one into place, and an
 * unused one is deleted whole, which leaves the site's links intact), so
 * the site and the cache may share its files. Where they are on different
 * file systems, the files are copied.
 */
function copyShard(from: string, to: string, kind: keyof typeof PARTS): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (PARTS[kind].test(name)) linkTree(join(from, name), join(to, name));
}

function linkTree(from: string, to: string): void {
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) linkTree(join(from, name), join(to, name));
    return;
  }
  linkFile(from, to);
}

function fail(errors: string[], what: string): void {
  if (errors.length) throw new Error(`Pagefind ${what}:\n  ${errors.join('\n  ')}`);
}

/** Pages in a written index, summed over languages (pagefind-entry.json). */
function indexedPageCount(indexDir: string): number {
  const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}
