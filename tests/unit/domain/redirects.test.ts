import { describe, expect, it } from 'vitest';
import { collectRedirects } from '../../../src/domain/redirects.ts';

const a = (slug: string, redirectFrom: string[] = []) => ({ slug, redirectFrom, file: `content/articles/${slug}.md` });

describe('collectRedirects', () => {
  it('maps each old slug to the live article', () => {
    expect(collectRedirects([a('new-title', ['old-title', 'older-title']), a('other')])).toEqual({
      redirects: [
        { from: 'old-title', to: 'new-title', file: 'content/articles/new-title.md' },
        { from: 'older-title', to: 'new-title', file: 'content/articles/new-title.md' },
      ],
      problems: [],
    });
  });
  it('refuses an old slug that is live (a collision, or a chain), claimed twice, or the article itself', () => {
    const { problems } = collectRedirects([a('one', ['two', 'old', 'one']), a('two', ['old'])]);
    expect(problems).toEqual([
      'content/articles/one.md: redirectFrom "two" is the slug of a live article (content/articles/two.md); a redirect there would hide that page or chain into another redirect. Fix: remove "two" from redirectFrom, or rename one of the files.',
      'content/articles/one.md: redirectFrom lists its own slug "one". Fix: remove it.',
      'content/articles/two.md: redirectFrom "old" is also claimed by content/articles/one.md. Fix: keep it in the article that really used that URL.',
    ]);
  });
});
