/**
 * The build's promise of what it publishes (src/pages/backstory-manifest.json.ts):
 * the articles, each feed's window and the redirects. The steps after the
 * pages read it from the output folder; the verification, the last of
 * them, removes it, so it is never deployed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_FILE = 'backstory-manifest.json';

export interface Manifest {
  /** Slugs of every published article. */
  articles: string[];
  /** Each article's publication instant (ISO, UTC), which decides its search shard. */
  published: Record<string, string>;
  /** Each feed's page and the article slugs its window must hold. */
  feeds: { path: string; slugs: string[] }[];
  /** Old article URLs and where each now lives. */
  redirects: { from: string; to: string }[];
}

export function readManifest(outDir: string): Manifest {
  const file = join(outDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`${MANIFEST_FILE} was not built, so the build cannot be checked. Fix: keep src/pages/backstory-manifest.json.ts.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export function removeManifest(outDir: string): void {
  rmSync(join(outDir, MANIFEST_FILE), { force: true });
}
