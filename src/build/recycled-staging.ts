import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';

/**
 * The folder a build stages its output in starts as the last site, not
 * empty. Astro's incremental build keeps a page it can skip when the page
 * is in the output folder already, and copies it from its cache when not:
 * at 10,000 explainers that was 21,800 files copied, and the replaced site
 * (1.2 GB) deleted, on every publish. So the publish step keeps the site it
 * replaced (the recycled folder) with the list of the live site's route
 * files, and the next build turns it into its staging folder, made equal to
 * the live site's route files by copying only the files that differ.
 *
 * Only route files (pages, endpoints, share images: what Astro's routes
 * wrote) are carried over. Everything else (Vite's assets, the search index,
 * the headers file) is written by every build, so it starts absent, as in a
 * cold build. A route the new build no longer has is removed once it has
 * written its pages (removeStaleRoutes), so the staged site holds exactly
 * what a build into an empty folder holds.
 *
 * The recycled folder exists only between a publish and the next build's
 * start (astro:build:start), which consumes it: after a build that failed
 * once it had started there is none, so the next build starts empty and
 * copies from Astro's cache, which that failed build may have moved ahead
 * of the live site. A build that failed earlier (bad content) touched
 * neither, and leaves the recycled folder for the next.
 */

/** The folder the publish step keeps for the next build, e.g. dist → dist.recycled. */
export const recycledFor = (liveDir: string) => `${liveDir.replace(/\/+$/, '')}.recycled`;

/** In the recycled folder: the live site's route files, one path relative to it per entry. */
const ROUTES_FILE = '.live-routes.json';

/** How a build's staging folder started. */
export interface StagingStart {
  /** Route files of the live site, relative paths, when the staging folder started from them; else undefined (started empty). */
  carried: readonly string[] | undefined;
  /** Of those, files that were copied from the live site because the recycled copy differed. */
  copied: number;
}

const discarding: Promise<void>[] = [];
const DISCARDED = '.discarded-';

/**
 * Moves a folder out of the way and deletes it while the build goes on
 * (a whole site: seconds of unlinking at archive scale); `discarded()`
 * waits for it. A folder that does not exist is nothing to do.
 */
function discard(dir: string): void {
  if (!existsSync(dir)) return;
  const away = `${dir}${DISCARDED}${process.pid}-${discarding.length}`;
  renameSync(dir, away);
  discarding.push(rm(away, { recursive: true, force: true }));
}

/** Resolves when every folder discarded by this build is deleted. */
export async function discarded(): Promise<void> {
  await Promise.all(discarding);
}

/** Removes every file under `root` not in `keep` (relative paths), and the folders that leaves empty. */
function removeAllBut(root: string, keep: ReadonlySet<string>): void {
  const walk = (d: string): boolean => {
    let empty = true;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (walk(p)) rmdirSync(p);
        else empty = false;
      } else if (keep.has(relative(root, p).split(sep).join('/'))) empty = false;
      else unlinkSync(p);
    }
    return empty;
  };
  walk(root);
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
function removeEmptyParents(root: string, dir: string): void {
  while (dir.length > root.length && dir.startsWith(root)) {
    if (readdirSync(dir).length) return;
    rmdirSync(dir);
    dir = dirname(dir);
  }
}

/**
 * Same size and modification time: the copy is current. utimes keeps about a
 * millisecond (a float of seconds), so times within one count as the same;
 * two builds never write the same file within a millisecond of each other.
 */
function sameFile(a: string, b: string): boolean {
  const sa = statSync(a, { throwIfNoEntry: false });
  const sb = statSync(b, { throwIfNoEntry: false });
  return !!sa && !!sb && sa.size === sb.size && Math.abs(sa.mtimeMs - sb.mtimeMs) < 1;
}

function readRoutes(recycled: string): string[] | undefined {
  try {
    const list: unknown = JSON.parse(readFileSync(join(recycled, ROUTES_FILE), 'utf8'));
    return Array.isArray(list) && list.every((p) => typeof p === 'string') ? list : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Prepares `staging` for a build of `live`: from the recycled folder when the
 * last build published one (see the module comment), else empty. A staging
 * folder left by a failed or killed build is discarded first.
 * `pagesReusable` is false when Astro has no incremental-build record (a cold
 * cache): every page is then rendered again, and carrying the last site over
 * would only copy files to be written over (6,025 of them, 3 s, at 5,000
 * explainers), so the build starts empty.
 */
export function startStaging(live: string, staging: string, pagesReusable = true): StagingStart {
  const recycled = recycledFor(live);
  // What an earlier build was still deleting when it failed.
  const parent = dirname(live);
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (name.startsWith(`${basename(live)}.`) && name.includes(DISCARDED)) discarding.push(rm(join(parent, name), { recursive: true, force: true }));
  }
  discard(staging);
  const routes = pagesReusable && existsSync(recycled) && existsSync(live) ? readRoutes(recycled) : undefined;
  if (!routes) {
    discard(recycled);
    mkdirSync(staging, { recursive: true });
    return { carried: undefined, copied: 0 };
  }
  renameSync(recycled, staging);
  removeAllBut(staging, new Set(routes));
  let copied = 0;
  for (const file of routes) {
    const from = join(live, file);
    const to = join(staging, file);
    if (sameFile(from, to)) continue;
    if (!existsSync(from)) {
      rmSync(to, { force: true });
      continue;
    }
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    const { atime, mtime } = statSync(from);
    utimesSync(to, atime, mtime);
    copied++;
  }
  return { carried: routes, copied };
}

/** The route files a build wrote, relative to its output folder, from astro:build:done's `assets`. */
export function routeFiles(outDir: string, assets: Map<string, URL[]>): string[] {
  const files = new Set<string>();
  for (const urls of assets.values()) for (const url of urls) files.add(relative(outDir, decodeURIComponent(url.pathname)).split(sep).join('/'));
  return [...files].sort();
}

/** After the build wrote its routes: removes carried route files this build does not have (a deleted explainer's pages). Returns how many. */
export function removeStaleRoutes(staging: string, start: StagingStart, routes: readonly string[]): number {
  if (!start.carried) return 0;
  const now = new Set(routes);
  let removed = 0;
  for (const file of start.carried) {
    if (now.has(file)) continue;
    const path = join(staging, file);
    if (!existsSync(path)) continue;
    unlinkSync(path);
    removeEmptyParents(staging, dirname(path));
    removed++;
  }
  return removed;
}

/** At publish: keeps the replaced site (`previous`) as the next build's recycled folder, with the new live site's route files. */
export function keepForNextBuild(live: string, previous: string, routes: readonly string[]): void {
  const recycled = recycledFor(live);
  rmSync(recycled, { recursive: true, force: true });
  // After a first build there is no replaced site: the next build then copies every route file from the live one.
  if (existsSync(previous)) renameSync(previous, recycled);
  else mkdirSync(recycled);
  // Not every route's file is published (the build's manifest is read and removed).
  writeFileSync(join(recycled, ROUTES_FILE), JSON.stringify(routes.filter((file) => existsSync(join(live, file)))));
}
