import { describe, expect, it } from 'vitest';
import { nextTheme, themeDescription, themeLabel } from '../../../src/domain/theme.ts';

describe('nextTheme', () => {
  it('on a light device: Auto → Dark → Light → Auto, so the first two clicks change what the reader sees', () => {
    expect([nextTheme('system', false), nextTheme('dark', false), nextTheme('light', false)]).toEqual(['dark', 'light', 'system']);
  });
  it('on a dark device: Auto → Light → Dark → Auto', () => {
    expect([nextTheme('system', true), nextTheme('light', true), nextTheme('dark', true)]).toEqual(['light', 'dark', 'system']);
  });
});

describe('themeDescription', () => {
  it('says the state and what a click does, and contains the visible label', () => {
    expect(themeDescription('system', false)).toBe('Theme: Auto (your device: light). Switch to Dark');
    expect(themeDescription('light', false)).toBe('Theme: Light. Switch to Auto, following your device');
    for (const t of ['system', 'light', 'dark'] as const) expect(themeDescription(t, true)).toContain(themeLabel(t));
  });
});
