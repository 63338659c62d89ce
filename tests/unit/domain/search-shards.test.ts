import { describe, expect, it } from 'vitest';
import { newestCount, planNewest, planShards, type ShardPage } from '../../../src/domain/search-shards.ts';

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
/** `perDay` explainers on each of `days` days. */
const corpus = (days: number, perDay: number): ShardPage[] =>
  Array.from({ length: days * perDay }, (_, i) => ({ slug: `a-${String(i).padStart(5, '0')}`, day: day(Math.floor(i / perDay)) }));

describe('planShards', () => {
  it('puts every explainer in exactly one shard, newest shard first, each a run of whole days', () => {
    const pages = corpus(40, 7);
    const shards = planShards(pages, 50);
    expect(shards.flatMap((s) => s.slugs).sort()).toEqual(pages.map((p) => p.slug).sort());
    expect(shards.map((s) => s.from)).toEqual([...shards.map((s) => s.from)].sort().reverse());
    for (const [i, s] of shards.entries()) {
      expect(s.name).toBe(s.from);
      if (i > 0) expect(s.to < shards[i - 1]!.from).toBe(true); // no day in two shards
      if (i > 0) expect(s.slugs.length).toBeGreaterThanOrEqual(50); // only the newest may be short
    }
  });
  it('keeps older shards as they are when new explainers arrive', () => {
    for (const days of [40, 43]) {
      const before = planShards(corpus(days, 7), 50);
      const after = planShards([...corpus(days, 7), { slug: 'z-new', day: day(days + 1) }], 50);
      // Every shard but the newest (the hot one) is untouched.
      expect(after.slice(-(before.length - 1))).toEqual(before.slice(1));
      expect(after[0]!.slugs).toContain('z-new');
    }
    const after = planShards([...corpus(40, 7), { slug: 'z-new', day: day(41) }], 50);
    expect(after[0]!.slugs).toContain('z-new');
  });
  it('gives a small site one shard', () => {
    expect(planShards(corpus(3, 2))).toEqual([{ name: day(0), from: day(0), to: day(2), slugs: corpus(3, 2).map((p) => p.slug) }]);
    expect(planShards([])).toEqual([]);
  });
});

describe('planNewest', () => {
  it('holds the newest explainers by day, then slug, listed oldest first', () => {
    const pages = [...corpus(10, 3), { slug: 'b-late', day: day(9) }];
    const newest = planNewest(pages, 4);
    expect(newest.slugs).toEqual(['a-00027', 'a-00028', 'a-00029', 'b-late']);
    expect([newest.from, newest.to]).toEqual([day(9), day(9)]);
    expect(planNewest(pages, 100).slugs).toHaveLength(pages.length);
  });
  it('is two fifths of a shard', () => {
    expect(newestCount(500)).toBe(200);
    expect(newestCount(3)).toBe(2);
  });
});
