/**
 * One shard of the search index (domain/search-shards.ts), as Pagefind
 * writes it: the key it is cached under, its pages added in one order, and
 * the written index checked and put into the cache. The build's index step
 * (pagefind-index.ts) and the indexing while pages render
 * (search-index-stream.ts) both go through here, so a shard is byte for byte
 * the same whichever of them wrote it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { PlannedShard } from '../domain/search-shards.ts';
import { articlePage } from './verify/page-facts.ts';

/**
 * Word postings per chunk of a shard's word index (Pagefind's default is
 * 20,000, sized for one index of a whole site). A search fetches, from
 * every shard, the chunk that holds each query word, and with the default a
 * shard's chunk also carries many other words: at 10,000 bench articles in
 * 20 shards the first "summit envoy" fetched 1,489 KB, 733 KB with 2,000
 * (one unsharded index: 666 KB).
 */
export const CHUNK_SIZE = 2000;

/**
 * A page's <style> and <script> elements, which Pagefind reads nothing
 * from. An element of either kind ends at its first end tag (HTML's raw
 * text rule), and text that shows one in a page is escaped (`&lt;style>`).
 */
const CODE_ELEMENT = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * A page as Pagefind is given it: without its inline CSS and scripts, about
 * half of an article page's bytes. Each page crosses to Pagefind's process
 * as base64 JSON, so the build's main thread encodes half as much, and the
 * index is byte for byte the one of the whole page
 * (tests/unit/build/search-shard-index.test.ts).
 */
export const searchableHtml = (html: string): string => html.replace(CODE_ELEMENT, '');

/** What decides a shard's index: Pagefind's version, its chunk size, what it is given of a page, and the exact bytes of its pages (by their digests). */
export function shardKey(shard: PlannedShard, digest: (slug: string) => string, chunkSize: string): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion()} chunks ${chunkSize} pages without code\n`);
  for (const slug of shard.slugs) hash.update(`${slug} ${digest(slug)}\n`);
  return hash.digest('hex').slice(0, 24);
}

let version: string | undefined;
function pagefindVersion(): string {
  // Its package.json is not exported, so it is read by path (from the project root, as every setting is).
  return (version ??= (JSON.parse(readFileSync(resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version);
}

/**
 * How long Pagefind may take to write one shard before the build gives up
 * on it: its service retries for ever when it cannot create a file and
 * never answers when a write fails (a full disk), which would leave the
 * build waiting with no message. A bench shard is written in under a second.
 */
const WRITE_DEADLINE_MS = 300_000;

/**
 * Set once a write missed its deadline. Pagefind's service answers one
 * call at a time, so nothing asked of it after a stuck write is answered
 * either: it is stopped, and every shard being indexed or asked for later
 * fails with this error at once rather than waiting out a deadline each.
 */
let stalled: Error | undefined;

/** Indexes one shard's pages (whole, or already searchableHtml), in the shard's order, into `target` (written beside it first, so a failed run leaves no half shard in the cache). */
export async function indexShard(shard: PlannedShard, page: (slug: string) => string, target: string, writeDeadlineMs = WRITE_DEADLINE_MS): Promise<void> {
  if (stalled) throw stalled;
  let index: pagefind.PagefindIndex | undefined;
  try {
    const created = await pagefind.createIndex({});
    fail(created.errors, 'could not start');
    if (!created.index) throw new Error('Pagefind returned no index');
    index = created.index;
    for (const slug of shard.slugs) {
      const added = await index.addHTMLFile({ sourcePath: articlePage(slug), content: searchableHtml(page(slug)) });
      fail(added.errors, `could not index articles/${slug}/`);
    }
    const partial = `${target}.partial`;
    const fix = 'Fix: check that the folder is writable and its disk has space, or point BACKSTORY_CACHE_DIR at one that is.';
    try {
      rmSync(partial, { recursive: true, force: true });
      // Made here, so a folder Pagefind could not write fails now, with the system's reason, instead of leaving Pagefind retrying.
      mkdirSync(partial, { recursive: true });
    } catch (err) {
      throw new Error(`the search index of shard ${shard.name} cannot be written to ${partial} (${(err as Error).message}). ${fix}`, { cause: err });
    }
    const written = await answerWithin(index.writeFiles({ outputPath: partial }), writeDeadlineMs, async () => {
      stalled = new Error(`Pagefind did not finish writing the search index of shard ${shard.name} to ${partial} within ${writeDeadlineMs / 1000} s. ${fix}`);
      await pagefind.close();
      throw stalled;
    });
    fail(written.errors, 'could not write the index');
    const count = indexedPageCount(partial);
    if (count !== shard.slugs.length) {
      throw new Error(
        `Pagefind indexed ${count} of the ${shard.slugs.length} article pages of shard ${shard.name}. ` +
          'Fix: every article page needs exactly one data-pagefind-body element, and no other page may have one.',
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    renameSync(partial, target);
  } catch (err) {
    // Once Pagefind was stopped, that is what went wrong with every shard it had not finished.
    throw stalled ?? err;
  } finally {
    // After a failed write Pagefind's service may be gone, and a stopped one is not started again: the error that matters is the one thrown.
    if (!stalled) await index?.deleteIndex().catch(() => undefined);
  }
}

/** `promise`, or what `late` fails with if it has not settled within `ms`. */
function answerWithin<T>(promise: Promise<T>, ms: number, late: () => Promise<never>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => void late().catch(reject), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
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
