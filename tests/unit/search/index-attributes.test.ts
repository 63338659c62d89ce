import { describe, expect, it } from 'vitest';
import { pagefindFilterValues, pagefindMeta } from '../../../src/search/index-attributes.ts';

describe('Pagefind attributes for an article', () => {
  it('lists every facet value under the URL filter keys, without repeats', () => {
    expect(
      pagefindFilterValues({ topic: ['japan', 'north-korea'], entity: ['kim-jong-un', 'kim-jong-un', 'tokyo'], story: ['japan-north-korea'], year: ['2024'] }),
    ).toEqual(['topic:japan', 'topic:north-korea', 'entity:kim-jong-un', 'entity:tokyo', 'story:japan-north-korea', 'year:2024']);
  });
  it('leaves out empty facets', () => {
    expect(pagefindFilterValues({ topic: ['japan'], entity: [], story: [], year: ['2002'] })).toEqual(['topic:japan', 'year:2002']);
  });
  it('keeps commas out of topic names, which would split the attribute', () => {
    expect(pagefindMeta({ topics: ['Japan', 'Trade, tariffs'], nameParts: [] })).toEqual(['topics:Japan · Trade tariffs']);
  });
  it('adds the parts of the native names an article writes, once each, as words of their own', () => {
    expect(pagefindMeta({ topics: ['Japan'], nameParts: ['岸田', '文雄', '김', '정은', '김', '여정'] })).toEqual([
      'topics:Japan',
      'names:岸田 文雄 김 정은 여정',
    ]);
  });
});
