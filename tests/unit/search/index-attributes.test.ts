import { describe, expect, it } from 'vitest';
import { pagefindFilterValues, pagefindTopicsMeta } from '../../../src/search/index-attributes.ts';

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
    expect(pagefindTopicsMeta(['Japan', 'Trade, tariffs'])).toBe('topics:Japan · Trade tariffs');
  });
});
