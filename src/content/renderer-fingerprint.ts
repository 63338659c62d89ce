/**
 * A hash of the code that turns Markdown files into stored renders: the
 * modules the loader renders with (RENDER_ENTRIES) and every module of ours
 * they import, followed through their relative imports, plus the config
 * (Markdown and image options) and the exact dependency versions.
 *
 * Why: an entry whose file is unchanged keeps its stored render, so after a
 * plugin change a rebuild would ship the old HTML (and the incremental build
 * would copy pages made from it). When this fingerprint changes, the loader
 * forgets its stored renders and every file renders again, as in a cold
 * build. Code that does not shape a render (feeds, pages, the search) is
 * left out, so changing it does not throw every render away.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Where rendering starts: the processor and its plugins, how the loader cuts bodies and calls the renderer. */
export const RENDER_ENTRIES = ['src/markdown/processor.ts', 'src/content/frontmatter.ts', 'src/content/render-pool.ts', 'src/content/render-worker.ts'];

/** Relative import specifiers of a module (`from './x.ts'`, `import './y.ts'`, `import('./z.ts')`). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The entries and every module of ours they reach through relative imports, sorted. */
export function renderModules(root: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) visit(resolve(dirname(file), m[1]!));
  };
  for (const entry of RENDER_ENTRIES) visit(join(root, entry));
  return [...seen].sort();
}

export function rendererFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of [...renderModules(root), join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}
