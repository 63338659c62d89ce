import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFingerprint } from '../../src/content/renderer-fingerprint.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const base = {
  'src/markdown/remark-x.ts': 'export const x = 1;',
  'src/domain/util.ts': 'export const y = 2;',
  'astro.config.mjs': 'export default {};',
  'package-lock.json': '{}',
  'src/pages/index.astro': '<p>page</p>',
};

describe('rendererFingerprint', () => {
  it('is stable for the same code', () => {
    expect(rendererFingerprint(project(base))).toBe(rendererFingerprint(project(base)));
  });
  it.each(['src/markdown/remark-x.ts', 'src/domain/util.ts', 'astro.config.mjs', 'package-lock.json'])('changes when %s changes', (file) => {
    expect(rendererFingerprint(project({ ...base, [file]: `${base[file as keyof typeof base]} // edited` }))).not.toBe(rendererFingerprint(project(base)));
  });
  it('changes when a plugin file is added', () => {
    expect(rendererFingerprint(project({ ...base, 'src/markdown/remark-new.ts': '' }))).not.toBe(rendererFingerprint(project(base)));
  });
  it('ignores pages and components (Astro tracks those itself)', () => {
    expect(rendererFingerprint(project({ ...base, 'src/pages/index.astro': '<p>changed</p>' }))).toBe(rendererFingerprint(project(base)));
  });
});
