import { describe, expect, it } from 'vitest';
import { relatedIndex, WINDOW, type RelatedInput } from '../../../src/domain/related.ts';

const day = 86_400_000;
const a = (slug: string, t: number, topics: string[], entities: string[] = [], story?: string): RelatedInput => ({
  slug,
  time: t * day,
  topics,
  entities,
  story,
});

describe('relatedIndex', () => {
  it('ranks shared story over shared entities over shared topics, at most five', () => {
    const list = [
      a('main', 10, ['japan'], ['kim'], 'summit'),
      a('same-story', 1, ['other'], [], 'summit'),
      a('two-entities', 9, ['other'], ['kim', 'x']),
      a('topic-only', 11, ['japan']),
      a('nothing', 10, ['sport']),
      ...Array.from({ length: 6 }, (_, i) => a(`topic-${i}`, 20 + i, ['japan'])),
    ];
    const related = relatedIndex(list).get('main')!;
    expect(related).toHaveLength(5);
    expect(related.slice(0, 3)).toEqual(['same-story', 'two-entities', 'topic-only']);
    expect(related).not.toContain('nothing');
    expect(related).not.toContain('main');
  });
  it('looks only at a window of neighbours per feature, so huge topics stay linear', () => {
    const many = Array.from({ length: 1000 }, (_, i) => a(`n${i}`, i, ['world']));
    const related = relatedIndex(many).get('n500')!;
    // Nearest in time first among equal scores, and never beyond the window.
    expect(related).toEqual(['n499', 'n501', 'n498', 'n502', 'n497']);
    for (const slug of relatedIndex(many).get('n0')!) expect(Number(slug.slice(1))).toBeLessThanOrEqual(WINDOW);
  });
});
