import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFileOf, bodyFiles, readBodyFile, storedRender } from '../../../src/content/body-files.ts';
import { tempTree } from '../../support/file-tree.ts';

describe('body files (rendered HTML outside the content store)', () => {
  it('stores a body under a name of its collection, entry and hash, and reads it back', () => {
    const root = tempTree('body-files-', {});
    const name = bodyFiles(root, 'articles').write('kim-visit', '<p>Kim went to Tokyo.</p>', 'abc123');
    expect(name).toBe('articles/kim-visit.abc123.html');
    expect(readBodyFile(root, name)).toBe('<p>Kim went to Tokyo.</p>');
    // No half-written file is left beside it.
    expect(readdirSync(join(root, 'articles'))).toEqual(['kim-visit.abc123.html']);
  });

  it('never writes over a body it already has (a build may be reading it)', () => {
    const root = tempTree('body-files-', { 'articles/a.h1.html': '<p>first</p>' });
    const before = statSync(join(root, 'articles/a.h1.html')).mtimeMs;
    const files = bodyFiles(root, 'articles');
    expect(files.has('articles/a.h1.html')).toBe(true);
    expect(files.write('a', '<p>first</p>', 'h1')).toBe('articles/a.h1.html');
    expect(statSync(join(root, 'articles/a.h1.html')).mtimeMs).toBe(before);
  });

  it('knows only the files that are there, per collection', () => {
    const root = tempTree('body-files-', { 'articles/a.h1.html': 'x', 'stories/a.h1.html': 'y' });
    const articles = bodyFiles(root, 'articles');
    expect(articles.has('articles/a.h1.html')).toBe(true);
    expect(articles.has('articles/a.h2.html')).toBe(false);
    expect(bodyFiles(root, 'pages').has('articles/a.h1.html')).toBe(false);
  });

  it('prunes old versions, deleted entries and leftovers of a killed build, and nothing of another collection', () => {
    const root = tempTree('body-files-', {
      'articles/a.old.html': 'old',
      'articles/gone.h.html': 'deleted entry',
      'articles/b.h.html.123.partial': 'torn',
      'stories/s.h.html': 'story',
    });
    const files = bodyFiles(root, 'articles');
    const kept = files.write('a', 'new', 'new');
    files.prune([kept]);
    expect(readdirSync(join(root, 'articles'))).toEqual(['a.new.html']);
    expect(files.has('articles/a.old.html')).toBe(false);
    expect(readdirSync(join(root, 'stories'))).toEqual(['s.h.html']);
  });

  it('keeps the metadata of a render and the body file name in what the store holds, with no HTML', () => {
    const stored = storedRender({ headings: [{ depth: 2, slug: 'why', text: 'Why' }], imagePaths: [] }, 'articles/a.h.html');
    expect(stored.html).toBe('');
    expect(stored.metadata['headings']).toEqual([{ depth: 2, slug: 'why', text: 'Why' }]);
    expect(bodyFileOf(stored)).toBe('articles/a.h.html');
    expect(bodyFileOf({ metadata: {} })).toBeUndefined();
    expect(bodyFileOf(undefined)).toBeUndefined();
  });
});
