import { describe, expect, it } from 'vitest';
import { explainerCount, formatCount } from '../../../src/domain/labels.ts';

describe('counts', () => {
  it('writes thousands with commas, and the word in the singular for one', () => {
    expect(formatCount(9947)).toBe('9,947');
    expect(explainerCount(1)).toBe('1 explainer');
    expect(explainerCount(10000)).toBe('10,000 explainers');
  });
});
