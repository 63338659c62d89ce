import { describe, expect, it } from 'vitest';
import { breadcrumbLd, jsonLdText, newsArticleLd } from '../../../src/routing/structured-data.ts';

const input = {
  url: 'https://example.org/articles/a/',
  headline: 'A headline',
  description: 'A description.',
  image: 'https://example.org/og/article/a.png',
  published: '2024-03-27T09:00:00+09:00',
  modified: '2024-03-28T00:00:00+09:00',
  authors: [{ name: 'Backstory staff', url: 'https://example.org/authors/staff/' }],
  section: 'Japan',
  keywords: ['Japan', 'North Korea'],
  corrections: [{ date: '2024-03-28', text: 'Fixed a date.' }],
  citations: [
    { publisher: 'Associated Press', title: 'North Korea says…', date: '2024-03-25' },
    { publisher: 'TV Asahi', title: '林官房長官', lang: 'ja', url: 'https://news.tv-asahi.co.jp/x' },
  ],
  siteUrl: 'https://example.org/',
};

describe('NewsArticle JSON-LD', () => {
  it('carries what Google asks for, with corrections', () => {
    const ld = newsArticleLd(input);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'A headline',
      image: ['https://example.org/og/article/a.png'],
      datePublished: '2024-03-27T09:00:00+09:00',
      dateModified: '2024-03-28T00:00:00+09:00',
      author: [{ '@type': 'Person', name: 'Backstory staff', url: 'https://example.org/authors/staff/' }],
      publisher: { '@type': 'Organization', name: 'Backstory' },
      articleSection: 'Japan',
      correction: [{ '@type': 'CorrectionComment', text: 'Fixed a date.', datePublished: '2024-03-28' }],
    });
  });
  it('has no correction property when there are none', () => {
    expect(newsArticleLd({ ...input, corrections: [] })).not.toHaveProperty('correction');
  });
  it('cites the sources, in the order of the source list', () => {
    expect(newsArticleLd(input).citation).toEqual([
      { '@type': 'CreativeWork', name: 'North Korea says…', publisher: { '@type': 'Organization', name: 'Associated Press' }, datePublished: '2024-03-25' },
      {
        '@type': 'CreativeWork',
        name: '林官房長官',
        publisher: { '@type': 'Organization', name: 'TV Asahi' },
        inLanguage: 'ja',
        url: 'https://news.tv-asahi.co.jp/x',
      },
    ]);
    expect(newsArticleLd({ ...input, citations: [] })).not.toHaveProperty('citation');
  });
});

describe('BreadcrumbList JSON-LD', () => {
  it('numbers the trail from 1', () => {
    expect(
      breadcrumbLd([
        { name: 'Home', url: 'https://example.org/' },
        { name: 'Japan', url: 'https://example.org/topics/japan/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Japan', item: 'https://example.org/topics/japan/' },
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot end its script element, and still parses to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & "quotes"' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('&');
    expect(JSON.parse(text)).toEqual(data);
  });
});
