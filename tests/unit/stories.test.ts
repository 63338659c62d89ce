import { describe, expect, it } from 'vitest';
import { mergeTimelines } from '../../src/lib/timeline.ts';
import type { Article } from '../../src/lib/articles.ts';

const article = (slug: string, timeline: { date: string; text: string }[]) =>
  ({ slug, entry: { rendered: { html: '', metadata: { frontmatter: { timeline } } } } }) as unknown as Article;

describe('mergeTimelines', () => {
  it('merges entries from several explainers in date order, once each, remembering their source', () => {
    const merged = mergeTimelines([
      article('a', [{ date: '2002-09-17', text: 'First summit.' }, { date: '2024-03', text: 'Overture.' }]),
      article('b', [{ date: '1999-06-15', text: 'Clash.' }, { date: '2002-09-17', text: 'First summit.' }, { date: '2008', text: 'Talks.' }]),
    ]);
    expect(merged.map((e) => `${e.date} ${e.text} (${e.article.slug})`)).toEqual([
      '1999-06-15 Clash. (b)',
      '2002-09-17 First summit. (a)',
      '2008 Talks. (b)',
      '2024-03 Overture. (a)',
    ]);
  });
});
