import { describe, expect, it } from 'vitest';
import { frontPages, frontPageUrl } from '../../src/domain/pagination.ts';

describe('frontPages', () => {
  it('puts everything on the home page when it fits', () => {
    const pages = frontPages([1, 2, 3], 50);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toEqual({ current: 1, last: 1, items: [1, 2, 3], prev: undefined, next: undefined });
  });

  it('an empty archive still has a home page', () => {
    expect(frontPages([], 50)).toEqual([{ current: 1, last: 1, items: [], prev: undefined, next: undefined }]);
  });

  it('slices 50 a page and links / ↔ /page/2/ ↔ /page/3/', () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    const pages = frontPages(list, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages[0]!.next).toBe('/page/2/');
    expect(pages[1]!.prev).toBe('/');
    expect(pages[1]!.next).toBe('/page/3/');
    expect(pages[2]!.prev).toBe('/page/2/');
    expect(pages[2]!.next).toBeUndefined();
    expect(pages[2]!.items[0]).toBe(100);
  });

  it('rejects a page size that cannot paginate', () => {
    expect(() => frontPages([1], 0)).toThrow(/positive integer/);
  });

  it('page URLs', () => {
    expect(frontPageUrl(1)).toBe('/');
    expect(frontPageUrl(4)).toBe('/page/4/');
  });
});
