import { describe, expect, it } from 'vitest';
import {
  lastChanged,
  modifiedAt,
  newestChange,
  revisionLog,
  groupByTopic,
  groupByYear,
  isPublished,
  newestFirst,
  toSummary,
} from '../../../src/domain/articles.ts';
import { topicNameFromSlug } from '../../../src/domain/labels.ts';

const make = (slug: string, publishedAt: string, topics = ['japan'], draft = false) =>
  toSummary(slug, { title: slug, description: 'd', publishedAt, topics, authors: ['staff'], draft, corrections: [], updates: [], redirectFrom: [] }, 'UTC');

describe('article lists', () => {
  const a = make('a', '2023-05-01');
  const b = make('b', '2024-03-26T09:00:00+09:00', ['japan', 'north-korea']);
  const c = make('c', '2024-03-26T09:00:00+09:00', ['north-korea']);
  const draft = make('d', '2024-01-01', ['japan'], true);
  const future = make('e', '2030-01-01');

  it('publishes neither drafts nor future-dated articles', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    expect([a, b, draft, future].filter((x) => isPublished(x, now)).map((x) => x.slug)).toEqual(['a', 'b']);
    expect(isPublished(future, new Date('2030-01-01T00:00:00Z'))).toBe(true);
  });
  it('sorts newest first with a stable tie-break', () => {
    expect(newestFirst([a, c, b]).map((x) => x.slug)).toEqual(['b', 'c', 'a']);
  });
  it('groups by year, newest year first', () => {
    expect(groupByYear([a, b, c]).map((g) => [g.year, g.articles.map((x) => x.slug)])).toEqual([
      [2024, ['b', 'c']],
      [2023, ['a']],
    ]);
  });
  it('groups by topic', () => {
    const t = groupByTopic([a, b, c]);
    expect(t.get('japan')!.map((x) => x.slug)).toEqual(['b', 'a']);
    expect(t.get('north-korea')!.map((x) => x.slug)).toEqual(['b', 'c']);
  });
  it('names topics from slugs', () => {
    expect(topicNameFromSlug('north-korea')).toBe('North Korea');
  });
});

describe('corrections and updates', () => {
  const data = {
    updatedAt: '2024-03-27',
    corrections: [{ date: '2024-03-29T10:00:00+09:00', text: 'c' }],
    updates: [{ date: '2024-03-28', text: 'u' }],
  };
  it('the modified date is the latest of updatedAt and the log', () => {
    expect(modifiedAt(data, 'UTC')).toBe('2024-03-29T10:00:00+09:00');
    expect(modifiedAt({ updatedAt: undefined, corrections: [], updates: [] }, 'UTC')).toBeUndefined();
  });
  it('merges the log oldest first', () => {
    expect(revisionLog(data, 'UTC').map((r) => `${r.kind}:${r.date}`)).toEqual(['update:2024-03-28', 'correction:2024-03-29T10:00:00+09:00']);
  });
  it('the date shown as last changed is the modified date, or the publication date if never changed', () => {
    expect(lastChanged({ publishedAt: '2024-03-26', updatedAt: '2024-03-29' })).toBe('2024-03-29');
    expect(lastChanged({ publishedAt: '2024-03-26', updatedAt: undefined })).toBe('2024-03-26');
  });
  it('the newest change of a list compares instants, not strings', () => {
    // 2024-03-27T01:00+09:00 is 26 March 16:00 UTC, earlier than 2024-03-26T20:00Z.
    const list = [
      { publishedAt: '2024-03-27T01:00:00+09:00', updatedAt: undefined },
      { publishedAt: '2024-03-26T20:00:00Z', updatedAt: undefined },
    ];
    expect(newestChange(list, 'UTC')).toBe('2024-03-26T20:00:00Z');
    expect(newestChange([], 'UTC')).toBeUndefined();
  });
});
