import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';
import { articleLinkProblems, type LinkedArticle } from '../../../src/content/checks/link-rules.ts';

describe('links between explainers', () => {
  it('turn relative .md links into article URLs (fragments kept)', async () => {
    const html = await renderMarkdown('See [the summit](./pyongyang-summit-2002.md), [its promises](pyongyang-summit-2002.md#what-the-declaration-promised) and [the line](/articles/northern-limit-line/).');
    expect(html).toContain('<a href="/articles/pyongyang-summit-2002/">the summit</a>');
    expect(html).toContain('<a href="/articles/pyongyang-summit-2002/#what-the-declaration-promised">its promises</a>');
    expect(html).toContain('<a href="/articles/northern-limit-line/">the line</a>');
  });

  const article = (slug: string, extra: Partial<LinkedArticle> = {}): LinkedArticle => ({
    slug, file: `content/articles/${slug}.md`, published: true, ids: new Set(['key-points', 'background']), links: [], redirectFrom: [], ...extra,
  });

  it('must reach a published explainer and an existing heading; every problem reported at once with file:line', () => {
    const problems = articleLinkProblems([
      article('a', {
        links: [
          { slug: 'b', line: 9, href: '/articles/b/' },
          { slug: 'b', fragment: 'background', line: 10, href: 'b.md#background' },
          { slug: 'missing', line: 11, href: 'missing.md' },
          { slug: 'draft', line: 12, href: '/articles/draft/' },
          { slug: 'b', fragment: 'nope', line: 13, href: '/articles/b/#nope' },
          { slug: 'old-b', line: 14, href: '/articles/old-b/' },
        ],
      }),
      article('b', { redirectFrom: ['old-b'] }),
      article('draft', { published: false, links: [{ slug: 'missing', line: 1, href: 'missing.md' }] }),
    ]);
    expect(problems).toEqual([
      'content/articles/a.md:11: the link "missing.md" points at no explainer (there is no content/articles/missing.md). Fix: check the slug.',
      'content/articles/a.md:12: the link "/articles/draft/" points at an unpublished explainer (draft or dated later). Fix: publish it first, or remove the link.',
      'content/articles/a.md:13: the link "/articles/b/#nope" points at no heading of /articles/b/. Fix: use one of #key-points, #background.',
      'content/articles/a.md:14: the link "/articles/old-b/" uses the old slug of /articles/b/. Fix: link to /articles/b/ directly.',
    ]);
  });
});

describe('other links inside the site', () => {
  const ids = new Set(['background']);
  const pages = new Set(['about', 'standards']);
  it('accept headings of the same explainer, footnotes, listings, feeds and standing pages', async () => {
    const { siteLinkProblem } = await import('../../../src/content/checks/link-rules.ts');
    for (const ok of ['#background', '#user-content-fn-1', '/topics/japan/', '/entities/kim-jong-un/', '/search/?q=x', '/about/', '/rss.xml', '/']) {
      expect(siteLinkProblem(ok, ids, pages), ok).toBeNull();
    }
  });
  it('refuse a missing heading, a relative path and a path that is no page', async () => {
    const { siteLinkProblem } = await import('../../../src/content/checks/link-rules.ts');
    expect(siteLinkProblem('#nope', ids, pages)).toBe('"#nope" points at no heading of this explainer');
    expect(siteLinkProblem('foo', ids, pages)).toMatch(/relative link "foo" would resolve under this explainer's own URL/);
    expect(siteLinkProblem('/uri', ids, pages)).toBe('"/uri" is not a page of this site');
    expect(siteLinkProblem('/contact/', ids, pages)).toBe('"/contact/" is not a page of this site');
  });
});
