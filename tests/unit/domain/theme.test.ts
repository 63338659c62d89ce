import { describe, expect, it } from 'vitest';
import { nextTheme } from '../../../src/domain/theme.ts';

describe('nextTheme', () => {
  it('cycles system → light → dark → system', () => {
    expect([nextTheme('system'), nextTheme('light'), nextTheme('dark')]).toEqual(['light', 'dark', 'system']);
  });
});
