import { describe, expect, it } from 'vitest';
import { frontPageUrl, pagedUrl, paginate } from '../../../src/domain/pagination.ts';

describe('paginate', () => {
  it('puts everything on the first page when it fits', () => {
    const pages = paginate([1, 2, 3], 50, frontPageUrl);
    expect(pages).toEqual([{ items: [1, 2, 3], current: 1, last: 1, total: 3, start: 0, end: 2, url: '/', prev: undefined, next: undefined }]);
  });

  it('an empty list still has its first page', () => {
    expect(paginate([], 50, frontPageUrl)).toEqual([
      { items: [], current: 1, last: 1, total: 0, start: 0, end: 0, url: '/', prev: undefined, next: undefined },
    ]);
  });

  it('slices 50 a page and links / ↔ /page/2/ ↔ /page/3/', () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    const pages = paginate(list, 50, frontPageUrl);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => [p.url, p.prev, p.next])).toEqual([
      ['/', undefined, '/page/2/'],
      ['/page/2/', '/', '/page/3/'],
      ['/page/3/', '/page/2/', undefined],
    ]);
    expect(pages[2]).toMatchObject({ start: 100, end: 119, total: 120, items: expect.arrayContaining([100]) });
  });

  it("a listing's later pages live under its own URL", () => {
    const pages = paginate(
      Array.from({ length: 101 }, (_, i) => i),
      50,
      pagedUrl('/topics/japan/'),
    );
    expect(pages.map((p) => p.url)).toEqual(['/topics/japan/', '/topics/japan/2/', '/topics/japan/3/']);
    expect(pages[1]!.prev).toBe('/topics/japan/');
  });

  it('rejects a page size that cannot paginate', () => {
    expect(() => paginate([1], 0, frontPageUrl)).toThrow(/positive integer/);
  });

  it('page URLs', () => {
    expect(frontPageUrl(1)).toBe('/');
    expect(frontPageUrl(4)).toBe('/page/4/');
  });
});
