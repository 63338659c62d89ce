import { describe, expect, it } from 'vitest';
import { emptySearchState, hasFilters, mergePhraseFirst, pagefindFilters, phraseQuery, readSearchState, writeSearchState } from '../../../src/search/state.ts';

describe('search state in the URL', () => {
  it('reads the README example exactly', () => {
    expect(readSearchState('?q=abduction&topic=japan&topic=north-korea&year=2024&sort=date&page=2')).toEqual({
      q: 'abduction',
      filters: { topic: ['japan', 'north-korea'], entity: [], story: [], year: ['2024'] },
      sort: 'date',
      page: 2,
    });
  });

  it('writes it back in the same form, and round-trips CJK and entity/story filters', () => {
    const state = readSearchState('?q=abduction&topic=japan&topic=north-korea&year=2024&sort=date&page=2');
    expect(writeSearchState('/search/', state)).toBe('/search/?q=abduction&topic=japan&topic=north-korea&year=2024&sort=date&page=2');
    const cjk = { ...emptySearchState(), q: '김정은', filters: { topic: [], entity: ['kim-jong-un'], story: ['japan-north-korea'], year: [] } };
    const url = writeSearchState('/search/', cjk);
    expect(url).toBe('/search/?q=%EA%B9%80%EC%A0%95%EC%9D%80&entity=kim-jong-un&story=japan-north-korea');
    expect(readSearchState(url.slice(url.indexOf('?')))).toEqual(cjk);
  });

  it('defaults: no sort is relevance, no page is 1, and an empty state is the bare path', () => {
    expect(readSearchState('')).toEqual(emptySearchState());
    expect(writeSearchState('/search/', emptySearchState())).toBe('/search/');
    expect(writeSearchState('/search/', { ...emptySearchState(), q: 'x', page: 1, sort: 'relevance' })).toBe('/search/?q=x');
  });

  it('drops duplicates and values a hand-edited URL got wrong', () => {
    const s = readSearchState('?q=+a+&topic=japan&topic=japan&topic=Bad Slug&year=24&year=2002&sort=oldest&page=-3');
    expect(s).toEqual({ q: 'a', filters: { topic: ['japan'], entity: [], story: [], year: ['2002'] }, sort: 'relevance', page: 1 });
    expect(readSearchState('?page=2.5').page).toBe(1);
  });
});

describe('Pagefind filters', () => {
  it('OR within one filter, AND across filters, nothing for empty ones', () => {
    const s = readSearchState('?topic=japan&topic=north-korea&year=2024');
    expect(pagefindFilters(s)).toEqual({ topic: { any: ['japan', 'north-korea'] }, year: { any: ['2024'] } });
    expect(hasFilters(s)).toBe(true);
    expect(hasFilters(emptySearchState())).toBe(false);
  });
});

describe('exact phrases rank first', () => {
  it('searches a multi-word query also as a quoted phrase, unless already quoted', () => {
    expect(phraseQuery('abduction issue')).toBe('"abduction issue"');
    expect(phraseQuery('  Kim   Jong Un ')).toBe('"Kim Jong Un"');
    expect(phraseQuery('abduction')).toBeUndefined();
    expect(phraseQuery('"abduction issue"')).toBeUndefined();
    expect(phraseQuery('an fallen. Effect, found')).toBe('"an fallen Effect found"');
    expect(phraseQuery("Workers' Party")).toBe(`"Workers' Party"`);
    expect(phraseQuery('김정은 위원장')).toBe('"김정은 위원장"');
  });
  it('puts phrase hits first (in the plain ranking order), then the rest, without repeats', () => {
    const r = (id: string) => ({ id });
    expect(mergePhraseFirst([r('c'), r('a')], [r('a'), r('b'), r('c'), r('d')]).map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(mergePhraseFirst([r('x'), r('c')], [r('a'), r('c')]).map((x) => x.id)).toEqual(['c', 'x', 'a']);
  });
});
