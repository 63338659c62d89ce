import { describe, expect, it } from 'vitest';
import { parseQuery, wordsAhead } from '../../../src/search/query.ts';

describe('parseQuery', () => {
  it('reads quoted phrases and words; a word of three letters or more may match as a beginning, a CJK word only whole', () => {
    expect(parseQuery('“summit envoy” Kim ab 岸田')).toEqual([
      { text: 'summit envoy', kind: 'phrase', prefix: false },
      { text: 'Kim', kind: 'word', prefix: true },
      { text: 'ab', kind: 'word', prefix: false },
      { text: '岸田', kind: 'word', prefix: false },
    ]);
  });
});

describe('wordsAhead', () => {
  it('splits finished words from the one being typed, as typed', () => {
    expect(wordsAhead('Summit envo')).toEqual({ done: ['Summit'], typing: ['envo'] });
    expect(wordsAhead('Summit envoy ')).toEqual({ done: ['Summit', 'envoy'], typing: [] });
  });

  it('leaves out short beginnings, which span many chunks, but not CJK words', () => {
    expect(wordsAhead('s')).toEqual({ done: [], typing: [] });
    expect(wordsAhead('Kim sum')).toEqual({ done: [], typing: [] });
    expect(wordsAhead('Kim 김정은')).toEqual({ done: [], typing: ['김정은'] });
  });

  it('does nothing ahead inside quotes: a phrase is searched whole', () => {
    expect(wordsAhead('"summit envoy')).toEqual({ done: [], typing: [] });
  });
});
