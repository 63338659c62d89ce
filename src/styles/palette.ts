/**
 * The site's colours, read from the one place they are defined: the tokens
 * in tokens.css (`--bg: light-dark(#fdfcf9, #151515)` …). Places CSS cannot
 * reach use this: the share cards and the publisher logo (drawn to PNG),
 * and the theme-color meta tags.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss from 'postcss';

export interface Colours {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  rule: string;
  accent: string;
  accentText: string;
  focus: string;
}

const NAMES: Record<string, keyof Colours> = {
  '--bg': 'bg',
  '--surface': 'surface',
  '--text': 'text',
  '--muted': 'muted',
  '--rule': 'rule',
  '--accent': 'accent',
  '--accent-text': 'accentText',
  '--focus': 'focus',
};

const LIGHT_DARK = /^light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)$/i;

/** Both schemes' colours from a stylesheet's `light-dark()` tokens; every token must be there. */
export function readPalette(css: string): { light: Colours; dark: Colours } {
  const light: Partial<Colours> = {};
  const dark: Partial<Colours> = {};
  postcss.parse(css).walkDecls((decl) => {
    const name = NAMES[decl.prop];
    const m = name ? LIGHT_DARK.exec(decl.value.trim()) : null;
    if (name && m) [light[name], dark[name]] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
  });
  const missing = Object.entries(NAMES)
    .filter(([, key]) => !light[key])
    .map(([prop]) => prop);
  if (missing.length) throw new Error(`tokens.css: no light-dark() value for ${missing.join(', ')}. Fix: define each as light-dark(#light, #dark).`);
  return { light: light as Colours, dark: dark as Colours };
}

/** Read from the source file, found from the project root (where Astro, Vitest and the scripts run). */
export const PALETTE = readPalette(readFileSync(resolve('src/styles/tokens.css'), 'utf8'));
