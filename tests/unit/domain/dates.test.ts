import { describe, expect, it } from 'vitest';
import { dateLiteralProblem, formatDate, toInstant, yearOf } from '../../../src/domain/dates.ts';

describe('dateLiteralProblem', () => {
  it('accepts calendar dates and date-times with an offset', () => {
    for (const ok of [
      '2024-03-26',
      '2024-02-29',
      '2024-03-26T09:00:00+09:00',
      '2024-03-26T00:00:00Z',
      '2024-03-26T09:00+0900',
      '2024-03-26T09:00:00.123-05:00',
    ]) {
      expect(dateLiteralProblem(ok), ok).toBeNull();
    }
  });
  it('refuses impossible calendar dates instead of rolling them over', () => {
    expect(dateLiteralProblem('2024-02-30')).toMatch(/2024-02 has 29 days/);
    expect(dateLiteralProblem('2023-02-29')).toMatch(/has 28 days/);
    expect(dateLiteralProblem('2024-13-01')).toMatch(/month 13/);
    expect(dateLiteralProblem('2024-03-26T25:00:00Z')).toMatch(/time of day/);
  });
  it('refuses text and times without an offset', () => {
    expect(dateLiteralProblem('last Tuesday')).toMatch(/not an ISO 8601 date/);
    expect(dateLiteralProblem('26/03/2024')).toMatch(/not an ISO 8601 date/);
    expect(dateLiteralProblem('2024-03-26T09:00:00')).toMatch(/no time-zone offset/);
  });
});

describe('toInstant / formatDate / yearOf', () => {
  it('keeps the offset of a date-time', () => {
    expect(toInstant('2024-03-26T09:00:00+09:00', 'UTC').toISOString()).toBe('2024-03-26T00:00:00.000Z');
  });
  it('reads a bare date as midnight in the site time zone', () => {
    expect(toInstant('2024-03-27', 'UTC').toISOString()).toBe('2024-03-27T00:00:00.000Z');
    expect(toInstant('2024-03-27', 'Asia/Tokyo').toISOString()).toBe('2024-03-26T15:00:00.000Z');
    expect(toInstant('2024-07-01', 'America/New_York').toISOString()).toBe('2024-07-01T04:00:00.000Z');
  });
  it('formats in the site time zone', () => {
    expect(formatDate('2024-03-26T09:00:00+09:00', 'UTC', 'en-GB')).toBe('26 March 2024');
    expect(formatDate('2024-03-26T02:00:00+09:00', 'UTC', 'en-GB')).toBe('25 March 2024');
    expect(formatDate('2024-03-26T02:00:00+09:00', 'Asia/Seoul', 'en-GB')).toBe('26 March 2024');
  });
  it('cuts years in the site time zone', () => {
    expect(yearOf('2025-01-01T03:00:00+09:00', 'UTC')).toBe(2024);
    expect(yearOf('2025-01-01T03:00:00+09:00', 'Asia/Tokyo')).toBe(2025);
  });
});

describe('isoWithOffset', () => {
  it('keeps a date-time literal and its offset', async () => {
    const { isoWithOffset } = await import('../../../src/domain/dates.ts');
    expect(isoWithOffset('2024-03-27T09:00:00+09:00', 'UTC')).toBe('2024-03-27T09:00:00+09:00');
    expect(isoWithOffset('2024-03-27 09:00:00Z', 'UTC')).toBe('2024-03-27T09:00:00Z');
  });
  it("turns a calendar date into midnight in the site zone, with that zone's offset", async () => {
    const { isoWithOffset } = await import('../../../src/domain/dates.ts');
    expect(isoWithOffset('2024-03-27', 'UTC')).toBe('2024-03-27T00:00:00+00:00');
    expect(isoWithOffset('2024-03-27', 'Asia/Seoul')).toBe('2024-03-27T00:00:00+09:00');
    expect(isoWithOffset('2024-07-01', 'America/New_York')).toBe('2024-07-01T00:00:00-04:00');
    expect(isoWithOffset('2024-01-15', 'Asia/Kolkata')).toBe('2024-01-15T00:00:00+05:30');
  });
});
