import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeShareImages } from '../../../src/build/share-image-files.ts';
import { tempTree } from '../../support/file-tree.ts';

describe('share image files', () => {
  it('links each cached PNG into the site at its path, replacing a file already there', async () => {
    const cache = tempTree('cards-', { 'aaa.png': 'PNG a', 'bbb.png': 'PNG b' });
    const out = tempTree('site-', { 'og/article/old.png': 'stale bytes' });
    const images = [
      { path: '/og/article/a.png', file: async () => join(cache, 'aaa.png') },
      { path: '/og/article/old.png', file: async () => join(cache, 'bbb.png') },
      { path: '/og/site/backstory.png', file: async () => join(cache, 'aaa.png') },
    ];
    expect(await writeShareImages(out, images)).toBe(3);
    expect(readFileSync(join(out, 'og/article/a.png'), 'utf8')).toBe('PNG a');
    expect(readFileSync(join(out, 'og/article/old.png'), 'utf8')).toBe('PNG b');
    expect(readFileSync(join(out, 'og/site/backstory.png'), 'utf8')).toBe('PNG a');
    // A link, not a copy: the same file as the cache's.
    expect(statSync(join(out, 'og/article/a.png')).ino).toBe(statSync(join(cache, 'aaa.png')).ino);
    // The cache file never changes through the site's copy: a new build replaces the link, it does not write into it.
    writeFileSync(join(cache, 'ccc.png'), 'PNG c');
    await writeShareImages(out, [{ path: '/og/article/a.png', file: async () => join(cache, 'ccc.png') }]);
    expect(readFileSync(join(cache, 'aaa.png'), 'utf8')).toBe('PNG a');
  });

  it('names every card that could not be drawn, at once, and still writes the others', async () => {
    const cache = tempTree('cards-', { 'aaa.png': 'PNG a' });
    const out = tempTree('site-', {});
    const failed = (label: string) => async () => {
      throw new Error(`the share card of ${label} could not be drawn: resvg ran out of memory (simulated)`);
    };
    const images = [
      { path: '/og/article/one.png', file: failed('article "one"') },
      { path: '/og/article/a.png', file: async () => join(cache, 'aaa.png') },
      { path: '/og/story/two.png', file: failed('story "two"') },
    ];
    const error = await writeShareImages(out, images).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toBe(
      [
        '2 share image(s) could not be drawn:',
        '  the share card of article "one" could not be drawn: resvg ran out of memory (simulated)',
        '  the share card of story "two" could not be drawn: resvg ran out of memory (simulated)',
      ].join('\n'),
    );
    expect(error?.stack).toBe('');
    expect(readFileSync(join(out, 'og/article/a.png'), 'utf8')).toBe('PNG a');
  });
});
