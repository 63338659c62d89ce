import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { setPagefindChunkSize, settings } from '../config/env.ts';
import { planIndex, shardDay, SHARD_TARGET, SHARDS_FILE, type PlannedShard, type ShardEntry, type ShardList } from '../domain/search-shards.ts';
import { readManifest } from './manifest.ts';
import { linkFile } from './link-file.ts';
import { CHUNK_SIZE, indexShard, shardKey } from './search-shard-index.ts';
import { streamIndexing, type IndexStream } from './search-index-stream.ts';
import { articlePage, builtPageFacts } from './verify/page-facts.ts';

/**
 * Indexes the built site with Pagefind's Node API in shards
 * (domain/search-shards.ts): the newest shard is Pagefind's own index at
 * dist/pagefind/, each older one goes to dist/pagefind/shards/<name>/, and
 * dist/pagefind/shards.json lists them for the browser (search/shards.ts
 * merges them into one search).
 *
 * A shard's index is kept in the cache folder under a key of the exact
 * pages it holds, so a rebuild re-indexes only the shards whose pages
 * changed; the others are copied, byte for byte what indexing them again
 * would write. Shards whose pages all rendered in this build were indexed
 * while the rest of the site rendered (search-index-stream.ts) and are found
 * in the cache the same way: this step, after the pages, keys every shard
 * from the page files and indexes what the cache lacks, two shards at a
 * time, so Pagefind's memory is bounded by two shards, not by the archive.
 *
 * Only elements marked `data-pagefind-body` (article bodies) are indexed.
 * Any Pagefind error, or an article page that did not make it into its
 * shard, fails the build: a site whose search silently misses articles must
 * never go live.
 */
export function pagefindIntegration(): AstroIntegration {
  let stream: IndexStream | undefined;
  const target = settings.shardSize ?? SHARD_TARGET;
  return {
    name: 'backstory:pagefind',
    hooks: {
      'astro:build:start': () => {
        // Article pages are indexed as they render (search-index-stream.ts), into the cache this step reads.
        stream = streamIndexing(settings.searchShardCacheDir, target, setPagefindChunkSize(CHUNK_SIZE));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const streamed = (await stream?.finish()) ?? new Set<string>();
        const manifest = readManifest(outDir);
        if (manifest.articles.length === 0) {
          await pagefind.close();
          // With no data-pagefind-body anywhere Pagefind would index every page.
          logger.warn('no published articles: the search index is not written');
          return;
        }
        const published = manifest.articles.map((slug) => ({ slug, day: shardDay(manifest.published[slug]!) }));
        const { shards, newest } = planIndex(published, target);
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
        const whileRendering = stored.filter((dir) => streamed.has(basename(dir))).length;
        logger.info(
          `indexed ${manifest.articles.length} pages in ${shards.length} shard(s)${newest ? ` and the newest ${newest.slugs.length} on their own` : ''}: ` +
            `${indexed + whileRendering} indexed (${whileRendering} while the pages rendered), ${plan.length - indexed - whileRendering} kept from the last build, in ${seconds.toFixed(2)} s after the pages`,
        );
      },
    },
  };
}

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
