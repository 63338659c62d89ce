import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../support/build-site.ts';

/**
 * One checkout builds several content roots (BACKSTORY_CONTENT_DIR: the
 * sample site, test fixtures, benchmark corpora), each with its own cache,
 * but Astro keeps the module that maps Markdown images to their imports in
 * the project's one .astro/ folder and rewrites it only when the content
 * store's images changed. A root rebuilt from its warm cache after another
 * root's build must still get its own images.
 */
describe('several content roots in one checkout', () => {
  it("a warm rebuild after another root's build gets its own image map, so its figures stay processed", async () => {
    const fixtures = resolve('tests/fixtures/good');
    const cache = join(mkdtempSync(join(tmpdir(), 'backstory-roots-')), 'cache');
    const env = { BACKSTORY_NOW: '2026-01-01T00:00:00Z', BACKSTORY_CACHE_DIR: cache };
    const imageMap = () => readFileSync(resolve('.astro/content-assets.mjs'), 'utf8');
    expect((await runAstro('build', fixtures, env)).code).toBe(0);
    const other = await runAstro('build', resolve('content'), { BACKSTORY_NOW: '2026-01-01T00:00:00Z' });
    expect(other.code, other.output).toBe(0);
    expect(imageMap()).toContain('northern-limit-line-map.svg');
    // Warm: nothing in the fixtures changed, so Astro alone would keep the sample's map.
    const again = await runAstro('build', fixtures, env);
    expect(again.code, again.output).toBe(0);
    expect(imageMap()).toContain('harbour.jpg');
    expect(imageMap()).not.toContain('northern-limit-line-map.svg');
    const page = readFileSync(join(again.outDir, 'articles', 'alpha-explainer', 'index.html'), 'utf8');
    expect(page).not.toContain('__ASTRO_IMAGE_');
    expect(page).toMatch(/<img [^>]*src="\/_astro\/harbour\.[\w-]+\.webp"/);
  });
});
