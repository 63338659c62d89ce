import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A hash of the code that turns Markdown into HTML: our plugins
 * (src/markdown/), the library code they use (src/lib/), the config and the
 * exact dependency versions (package-lock.json).
 *
 * Why: Astro's content cache keeps an entry's rendered HTML for as long as
 * its file is unchanged, so after a plugin change a rebuild would ship the
 * old HTML (and the incremental build would copy pages made from it). When
 * this fingerprint changes, the loader forgets its cached entries and every
 * file renders again, as in a cold build.
 */
export function rendererFingerprint(root: string): string {
  const hash = createHash('sha256');
  const add = (file: string) => {
    hash.update(relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  };
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|js)$/.test(e.name)) add(p);
    }
  };
  walk(join(root, 'src/markdown'));
  walk(join(root, 'src/domain'));
  walk(join(root, 'src/config'));
  add(join(root, 'astro.config.mjs'));
  add(join(root, 'package-lock.json'));
  return hash.digest('hex');
}
