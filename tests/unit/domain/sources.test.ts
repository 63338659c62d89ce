import { describe, expect, it } from 'vitest';
import { citationMismatches, displayHost, numberSources } from '../../../src/domain/sources.ts';
import { eventSentence } from '../../../src/domain/event-sentence.ts';

const place = (id: string, n: number, section: string, k = 1) => ({ id, n, line: 1, anchor: `cite-${id}-${k}`, section });

describe('numberSources', () => {
  it('orders by first citation and gives one way back per section', () => {
    const sources = [{ id: 'b' }, { id: 'a' }, { id: 'unused' }];
    const numbered = numberSources(sources, [
      place('a', 1, 'the opening'),
      place('b', 2, 'the opening'),
      place('a', 1, 'the opening', 2),
      place('a', 1, 'Clashes', 3),
    ]);
    expect(numbered.map((s) => [s.n, s.source.id, s.backlinks.map((b) => `${b.section}#${b.anchor}`)])).toEqual([
      [1, 'a', ['the opening#cite-a-1', 'Clashes#cite-a-3']],
      [2, 'b', ['the opening#cite-b-1']],
    ]);
  });
});

describe('citationMismatches', () => {
  it('names citations of unlisted ids and listed ids never cited', () => {
    expect(
      citationMismatches(
        ['a', 'b'],
        [
          { id: 'a', line: 3 },
          { id: 'c', line: 9 },
        ],
      ),
    ).toEqual({ unknown: [{ id: 'c', line: 9 }], uncited: ['b'] });
    expect(citationMismatches(['a'], [{ id: 'a', line: 3 }])).toEqual({ unknown: [], uncited: [] });
  });
});

describe('displayHost', () => {
  it('shows the host without www', () => {
    expect(displayHost('https://www.independent.co.uk/news/x.html')).toBe('independent.co.uk');
    expect(displayHost('http://news.bbc.co.uk/2/hi/x.stm')).toBe('news.bbc.co.uk');
  });
});

describe('eventSentence', () => {
  const text = 'Tension rose. On 15 January 2024, Kim said no. Then silence.';
  it('takes the sentence around the date and drops a leading "On <date>,"', () => {
    expect(eventSentence(text, text.indexOf('15 January'), '15 January 2024')).toBe('Kim said no.');
  });
  it('drops a weekday with the date', () => {
    const t = 'On Sunday, 24 March 2024, Kim oversaw a drill.';
    expect(eventSentence(t, t.indexOf('24 March'), '24 March 2024')).toBe('Kim oversaw a drill.');
  });
  it('keeps a sentence whose date is not at its start as written', () => {
    const t = 'Kim took power in December 2011, after his father died.';
    expect(eventSentence(t, t.indexOf('December'), 'December 2011')).toBe(t);
  });
});
