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
    const { entityTimeline, entityNames } = await import('../../../src/domain/timeline.ts');
    const names = entityNames({ name: 'Junichiro Koizumi', kind: 'person', native: { text: '小泉純一郎', lang: 'ja' } });
    expect(names).toEqual(['Junichiro Koizumi', '小泉純一郎', 'Koizumi']);
    const entries = entityTimeline(names, [
      article('a', [
        { date: '2002-09-17', text: 'Prime Minister Junichiro Koizumi met Kim Jong Il.' },
        { date: '2004-05-22', text: "Koizumi's second visit." },
        { date: '2008', text: 'Working-level talks.' },
      ]),
    ]);
    expect(entries.map((e) => e.date)).toEqual(['2002-09-17', '2004-05-22']);
  });
  it('matches a Korean name only in full, and only as whole words', async () => {
    const { entityTimeline, entityNames } = await import('../../../src/domain/timeline.ts');
    const names = entityNames({ name: 'Kim Yo Jong', kind: 'person', native: { text: '김여정', lang: 'ko' } });
    expect(names).toEqual(['Kim Yo Jong', '김여정']);
    const entries = entityTimeline(names, [
      article('a', [
        { date: '2011-12', text: 'Kim Jong Un succeeded Kim Jong Il.' },
        { date: '2024-02-15', text: "Kim Yo Jong said the day of the prime minister's visit might come." },
        { date: '2024-03-25', text: 'Kim Yo Jongs (a misspelling) is not her.' },
      ]),
    ]);
    expect(entries.map((e) => e.date)).toEqual(['2024-02-15']);
  });
});
