import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFingerprint, renderModules } from '../../../src/content/renderer-fingerprint.ts';

/** A copy of this project's code, to edit. */
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  cpSync('src', join(root, 'src'), { recursive: true });
  for (const f of ['astro.config.mjs', 'package-lock.json']) cpSync(f, join(root, f));
  return root;
}
const edited = (root: string, file: string) => {
  writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n// edited\n`);
  return rendererFingerprint(root);
};

describe('rendererFingerprint', () => {
  const original = rendererFingerprint(copy());

  it('covers the processor, every plugin and what they import, and the loader\'s body cutting', () => {
    const modules = renderModules('.').map((f) => relative('.', f));
    expect(modules).toEqual(expect.arrayContaining(['src/markdown/processor.ts', 'src/markdown/plugins/remark-timeline.ts', 'src/domain/partial-date.ts', 'src/content/frontmatter.ts']));
    expect(modules.filter((f) => f.startsWith('src/outputs/') || f.startsWith('src/pages/') || f.startsWith('src/search/'))).toEqual([]);
  });
  it('is stable for the same code', () => {
    expect(rendererFingerprint(copy())).toBe(original);
  });
  it.each(['src/markdown/plugins/remark-timeline.ts', 'src/domain/partial-date.ts', 'src/content/frontmatter.ts', 'astro.config.mjs', 'package-lock.json'])('changes when %s changes', (file) => {
    expect(edited(copy(), file)).not.toBe(original);
  });
  it.each(['src/outputs/feeds.ts', 'src/pages/index.astro', 'src/search/run.ts', 'src/routing/article.ts', 'src/markdown/mention-cards.ts'])('does not change when %s changes (it shapes no stored render)', (file) => {
    expect(edited(copy(), file)).toBe(original);
  });
});
