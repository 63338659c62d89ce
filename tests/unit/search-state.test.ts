import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('reads q and repeated topics', () => {
    expect(readSearchState('?q=abduction+issue&topic=japan&topic=north-korea&topic=japan')).toEqual({
      q: 'abduction issue',
      topics: ['japan', 'north-korea'],
    });
  });
  it('round-trips, encoding CJK', () => {
    const url = writeSearchState('/search/', { q: '김정은', topics: ['japan'] });
    expect(url).toBe('/search/?q=%EA%B9%80%EC%A0%95%EC%9D%80&topic=japan');
    expect(readSearchState(url.slice(url.indexOf('?')))).toEqual({ q: '김정은', topics: ['japan'] });
  });
  it('drops empty state', () => {
    expect(writeSearchState('/search/', { q: '', topics: [] })).toBe('/search/');
  });
});
