import { describe, expect, it, vi } from 'vitest';

// The head module reads the share cards, which read the collections.
vi.mock('astro:content', async () => (await import('./content.ts')).mockedAstroContent({}));
import { feedLinks, headTags, type HeadData } from '../../src/routing/head.ts';

const base: HeadData = {
  title: 'A headline · Backstory',
  description: 'The dek.',
  canonical: 'https://backstory.example/articles/a/',
  noindex: false,
  image: { url: 'https://backstory.example/og/article/a.png', alt: 'Backstory explainer: A headline', width: 1200, height: 630 },
  feeds: feedLinks('/', 'Backstory: all explainers'),
  jsonLd: [{ '@type': 'NewsArticle' }],
};
const attrs = (tags: ReturnType<typeof headTags>, key: string, value: string) =>
  tags.flatMap((t) => ((t.tag === 'meta' || t.tag === 'link') && t.attrs[key] === value ? [t.attrs] : []));

describe('headTags', () => {
  it('starts with the title and description, and gives canonical, Open Graph and Twitter tags', () => {
    const tags = headTags(base);
    expect(tags[0]).toEqual({ tag: 'title', text: 'A headline · Backstory' });
    expect(attrs(tags, 'rel', 'canonical')).toEqual([{ rel: 'canonical', href: base.canonical }]);
    expect(attrs(tags, 'property', 'og:url')[0]!.content).toBe(base.canonical);
    expect(attrs(tags, 'property', 'og:type')[0]!.content).toBe('website');
    expect(attrs(tags, 'name', 'twitter:card')[0]!.content).toBe('summary_large_image');
    expect(attrs(tags, 'property', 'og:image:alt')[0]!.content).toBe('Backstory explainer: A headline');
  });
  it('article pages carry their dates, section and every topic as a tag', () => {
    const tags = headTags({
      ...base,
      article: { published: '2024-03-27T09:00:00+09:00', modified: '2024-03-29T00:00:00+00:00', section: 'North Korea', tags: ['North Korea', 'Japan'] },
    });
    expect(attrs(tags, 'property', 'og:type')[0]!.content).toBe('article');
    expect(attrs(tags, 'property', 'article:modified_time')[0]!.content).toBe('2024-03-29T00:00:00+00:00');
    expect(attrs(tags, 'property', 'article:tag').map((a) => a.content)).toEqual(['North Korea', 'Japan']);
  });
  it('a noindex page has no canonical link', () => {
    const tags = headTags({ ...base, noindex: true });
    expect(attrs(tags, 'rel', 'canonical')).toEqual([]);
    expect(attrs(tags, 'name', 'robots')[0]!.content).toBe('noindex');
  });
  it('announces every feed in the three formats, and rel=prev/next of a list page', () => {
    const tags = headTags({ ...base, prev: '/topics/japan/', next: '/topics/japan/3/' });
    expect(attrs(tags, 'rel', 'alternate').map((a) => [a.type, a.href, a.title])).toEqual([
      ['application/rss+xml', '/rss.xml', 'Backstory: all explainers (RSS)'],
      ['application/atom+xml', '/atom.xml', 'Backstory: all explainers (Atom)'],
      ['application/feed+json', '/feed.json', 'Backstory: all explainers (JSON Feed)'],
    ]);
    expect(tags.slice(-2)).toEqual([
      { tag: 'link', attrs: { rel: 'prev', href: '/topics/japan/' } },
      { tag: 'link', attrs: { rel: 'next', href: '/topics/japan/3/' } },
    ]);
  });
  it('gives both schemes their theme colour, from the tokens', () => {
    expect(attrs(headTags(base), 'name', 'theme-color').map((a) => [a.media, a.content])).toEqual([
      ['(prefers-color-scheme: light)', '#fdfcf9'],
      ['(prefers-color-scheme: dark)', '#151515'],
    ]);
  });
});
