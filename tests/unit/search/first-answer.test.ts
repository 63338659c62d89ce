import { describe, expect, it } from 'vitest';
import { answersFirst, LARGE_ARCHIVE } from '../../../src/search/first-answer.ts';

describe('answersFirst', () => {
  it('answers a typed search first from the newest explainers, whatever the archive', () => {
    expect(answersFirst('typed', 1, 0)).toBe(true);
    expect(answersFirst('typed', 1, 10_000)).toBe(true);
  });
  it('answers a search opened with the page first only where the archive is large', () => {
    expect(answersFirst('opened', 1, LARGE_ARCHIVE - 1)).toBe(false);
    expect(answersFirst('opened', 1, LARGE_ARCHIVE)).toBe(true);
  });
  it('answers a change on the page once, and never a later page of results first', () => {
    expect(answersFirst('changed', 1, 10_000)).toBe(false);
    expect(answersFirst('typed', 2, 10_000)).toBe(false);
    expect(answersFirst('opened', 2, 10_000)).toBe(false);
  });
});
