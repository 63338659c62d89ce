import { describe, expect, it } from 'vitest';
import { mergeTimelines } from '../../../src/domain/timeline.ts';
import type { TimelineFact } from '../../../src/domain/timeline.ts';

const article = (slug: string, entries: TimelineFact[]) => ({ article: { slug }, entries });

describe('mergeTimelines', () => {
  it('merges entries from several explainers in date order, once each, remembering their source', () => {
    const merged = mergeTimelines([
      article('a', [
        { date: '2002-09-17', text: 'First summit.' },
        { date: '2024-03', text: 'Overture.' },
      ]),
      article('b', [
        { date: '1999-06-15', text: 'Clash.' },
        { date: '2002-09-17', text: 'First summit.' },
        { date: '2008', text: 'Talks.' },
      ]),
    ]);
    expect(merged.map((e) => `${e.date} ${e.text} (${e.article.slug})`)).toEqual([
      '1999-06-15 Clash. (b)',
      '2002-09-17 First summit. (a)',
      '2008 Talks. (b)',
      '2024-03 Overture. (a)',
    ]);
  });
});

describe('entityTimeline', () => {
  it('keeps the entries that name the entity, by full name or surname', async () => {
    const { entityTimeline } = await import('../../../src/domain/timeline.ts');
    const entries = entityTimeline('Junichiro Koizumi', [
      article('a', [
        { date: '2002-09-17', text: 'Prime Minister Junichiro Koizumi met Kim Jong Il.' },
        { date: '2004-05-22', text: "Koizumi's second visit." },
        { date: '2008', text: 'Working-level talks.' },
      ]),
    ]);
    expect(entries.map((e) => e.date)).toEqual(['2002-09-17', '2004-05-22']);
  });
});
