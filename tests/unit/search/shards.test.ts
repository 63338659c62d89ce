import { describe, expect, it } from 'vitest';
import { newestPart } from '../../../src/search/shards.ts';
import type { ShardEntry } from '../../../src/domain/search-shards.ts';

const shard = (name: string, pages: number, dir = `shards/${name}`): ShardEntry => ({ name, dir, from: name, to: name, pages });

describe('newestPart', () => {
  it('takes the newest shards until they hold the target, the primary first', () => {
    const list = { shards: [shard('2026-11-20', 40, ''), shard('2026-10-01', 500), shard('2026-08-01', 500), shard('2026-05-01', 500)] };
    expect(newestPart(list, 500)?.shards.map((s) => s.name)).toEqual(['2026-11-20', '2026-10-01']);
  });

  it('is the primary alone when it holds the target already', () => {
    const list = { shards: [shard('2026-11-01', 500, ''), shard('2026-08-01', 500)] };
    expect(newestPart(list, 500)?.shards.map((s) => s.name)).toEqual(['2026-11-01']);
  });

  it('is undefined when it would be the whole index, or there are no shards', () => {
    expect(newestPart({ shards: [shard('2026-11-01', 30, ''), shard('2026-08-01', 500)] }, 500)).toBeUndefined();
    expect(newestPart({ shards: [shard('2026-11-01', 30, '')] }, 500)).toBeUndefined();
    expect(newestPart(undefined)).toBeUndefined();
  });
});

describe("newestPart with the build's shard size", () => {
  it("takes a shard's worth by the size the list was cut to", () => {
    const list = { target: 3, shards: [shard('2022-01-11', 1, ''), shard('2022-01-08', 3), shard('2022-01-04', 3), shard('2022-01-01', 4)] };
    expect(newestPart(list)?.shards.map((s) => s.name)).toEqual(['2022-01-11', '2022-01-08']);
  });
});
