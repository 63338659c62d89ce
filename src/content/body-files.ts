/**
 * Entry bodies' rendered HTML, one file each, outside Astro's content store.
 * Astro writes its whole store as one string, and V8's longest string is
 * about 537 million characters: with the bodies inside (about 10,700 of an
 * explainer's 13,500 characters there) the store stopped at about 40,000
 * explainers. The store keeps each entry's file name instead, and a page
 * reads its body when it renders (data/render.ts).
 *
 * A file is named by its entry and a hash of its HTML and is never written
 * over, so no build sees another's half-written body: a store that a failed
 * build left behind still finds the files it names, or the loader renders
 * those entries again (it keeps a stored render only when its file is here).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BodyFiles {
  /** Stores `html` as the body of entry `id` (`hash` is the HTML's); returns the name the entry keeps. */
  write(id: string, html: string, hash: string): string;
  /** Whether a name an entry keeps still has its file. */
  has(name: string): boolean;
  /** Deletes the files no name in `keep` refers to (bodies of old versions and deleted entries). */
  prune(keep: Iterable<string>): void;
}

/**
 * The body files of one collection, in `<root>/<collection>/`; the names
 * handed out start with the collection, so one root serves every collection.
 */
export function bodyFiles(root: string, collection: string): BodyFiles {
  const dir = join(root, collection);
  const present = new Set(listFiles(dir).map((file) => `${collection}/${file}`));
  return {
    write(id, html, hash) {
      const name = `${collection}/${id}.${hash}.html`;
      if (present.has(name)) return name;
      mkdirSync(dir, { recursive: true });
      // Written beside and renamed: a build killed mid-write leaves no torn body under a real name.
      const temporary = join(root, `${name}.${process.pid}.partial`);
      writeFileSync(temporary, html);
      renameSync(temporary, join(root, name));
      present.add(name);
      return name;
    },
    has: (name) => present.has(name),
    prune(keep) {
      const kept = new Set(keep);
      for (const name of present) {
        if (kept.has(name)) continue;
        rmSync(join(root, name), { force: true });
        present.delete(name);
      }
    },
  };
}

/** What the store keeps of a render: its metadata, with the body's file name in place of the HTML. */
export interface StoredRender {
  html: '';
  metadata: Record<string, unknown> & { bodyFile: string };
}

export function storedRender(metadata: Record<string, unknown>, bodyFile: string): StoredRender {
  return { html: '', metadata: { ...metadata, bodyFile } };
}

/** The body file a stored render names, if it names one. */
export function bodyFileOf(rendered: { metadata?: Record<string, unknown> } | undefined): string | undefined {
  const name = rendered?.metadata?.['bodyFile'];
  return typeof name === 'string' ? name : undefined;
}

/** The HTML of a body file, by the name its entry keeps. */
export function readBodyFile(root: string, name: string): string {
  return readFileSync(join(root, name), 'utf8');
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
