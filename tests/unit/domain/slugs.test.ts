import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/domain/slugs.ts';

describe('slugify', () => {
  it('makes URL-safe slugs from headlines and file names', () => {
    expect(slugify('Why Kim Jong Un is courting Japan — now?')).toBe('why-kim-jong-un-is-courting-japan-now');
    expect(slugify("Japan's “unacceptable” conditions")).toBe('japans-unacceptable-conditions');
    expect(slugify('Kim Jong Un')).toBe('kim-jong-un');
    expect(slugify('Café déjà vu')).toBe('cafe-deja-vu');
    expect(slugify('김정은')).toBe('untitled');
  });
});
