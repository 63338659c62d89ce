/**
 * Article pages indexed while Astro renders the rest of the site. Astro
 * renders pages on one thread and Pagefind indexes in a process of its own,
 * so indexing after the pages left a core idle for the whole page
 * generation and then took 13-16 s more at 5,000 explainers. Here each
 * article page reaches this module as Astro writes it (src/middleware.ts);
 * once every page of a shard has arrived (Astro renders articles newest
 * first, so shards complete one after another) the shard is indexed and
 * stored in the shard cache under its key, while pages go on rendering.
 *
 * The index step after the pages (pagefind-index.ts) stays the authority:
 * it keys every shard from the page files and finds these in the cache, so
 * what the site gets does not depend on this module. A shard that did not
 * complete (a rebuild renders few pages), that failed, or that would hold
 * too many pages in memory while Pagefind falls behind, is simply indexed
 * there from the files.
 *
 * The route side (the article route's paths, the middleware) and the index
 * step run in one process but in two module graphs; they meet in a global
 * registry, as the render journal's do.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { planIndex, type PlannedShard, type ShardPage } from '../domain/search-shards.ts';
import { indexShard, searchableHtml, shardKey } from './search-shard-index.ts';
import { pageDigest } from './verify/page-facts.ts';

const KEY = Symbol.for('backstory.search-index-stream');

interface Registry {
  /** The article pages this build renders, with their shard days (from the article route's paths). */
  pages?: readonly ShardPage[];
  /** Set while the index step listens. */
  take?: (slug: string, page: Uint8Array) => void;
}

const registry = (): Registry => ((globalThis as { [KEY]?: Registry })[KEY] ??= {});

/** Route side: the article pages the build will render (called with the article route's paths). */
export function expectArticlePages(pages: readonly ShardPage[]): void {
  registry().pages = pages;
}

/** Route side: an article page's bytes, exactly as Astro writes them. */
export function articlePageRendered(slug: string, page: Uint8Array): void {
  registry().take?.(slug, page);
}

export interface IndexStream {
  /** Stops listening, waits for the shards being indexed, and returns the cache folders of those it stored. */
  finish(): Promise<Set<string>>;
}

/** What is kept of a page until its shard is indexed: the digest of its bytes, and what Pagefind is given of it (about half the page). */
interface HeldPage {
  digest: string;
  searchable: string;
}

interface Collecting {
  shard: PlannedShard;
  pages: Map<string, HeldPage>;
  /** Left to the index step. */
  dropped: boolean;
}

/**
 * Pages held at most, for shards not complete or not indexed yet (about
 * 80 MB of bench pages, kept as what Pagefind is given of them), or three
 * shards' worth if shards are larger: bounded, so memory does not grow
 * with the archive when Pagefind falls behind.
 */
const MAX_HELD = 1500;

/**
 * Listens for article pages and indexes each shard, in the shard's order, as
 * soon as all its pages are there, into `cacheDir` under its key.
 * `target` is the shard size the index step plans with.
 */
export function streamIndexing(cacheDir: string, target: number, chunkSize: string, maxHeld = Math.max(MAX_HELD, 3 * target)): IndexStream {
  let bySlug: Map<string, Collecting[]> | undefined;
  let heldCount = 0;
  let queue: Promise<void> = Promise.resolve();
  const stored = new Set<string>();

  const release = (c: Collecting) => {
    heldCount -= c.pages.size;
    c.pages = new Map();
  };
  const plan = (pages: readonly ShardPage[]) => {
    const { shards, newest } = planIndex(pages, target);
    const map = new Map<string, Collecting[]>();
    for (const shard of newest ? [...shards, newest] : shards) {
      const c: Collecting = { shard, pages: new Map(), dropped: false };
      for (const slug of shard.slugs) (map.get(slug) ?? map.set(slug, []).get(slug)!).push(c);
    }
    return map;
  };
  const complete = (c: Collecting) => {
    const dir = join(
      cacheDir,
      shardKey(c.shard, (slug) => c.pages.get(slug)!.digest, chunkSize),
    );
    if (existsSync(dir)) return release(c);
    queue = queue
      .then(() => indexShard(c.shard, (slug) => c.pages.get(slug)!.searchable, dir))
      .then(
        () => void stored.add(basename(dir)),
        // The index step indexes this shard again from the page files, and reports what fails there.
        () => undefined,
      )
      .finally(() => release(c));
  };

  registry().take = (slug, page) => {
    const pages = registry().pages;
    if (!pages) return;
    bySlug ??= plan(pages);
    let held: HeldPage | undefined;
    for (const c of bySlug.get(slug) ?? []) {
      if (c.dropped) continue;
      if (heldCount >= maxHeld) {
        c.dropped = true;
        release(c);
        continue;
      }
      held ??= { digest: pageDigest(page), searchable: searchableHtml(Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('utf8')) };
      c.pages.set(slug, held);
      heldCount++;
      if (c.pages.size === c.shard.slugs.length) complete(c);
    }
  };

  return {
    async finish() {
      const r = registry();
      delete r.take;
      delete r.pages;
      await queue;
      return stored;
    },
  };
}
