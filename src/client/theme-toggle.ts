/**
 * <backstory-theme-toggle>: shows the theme in force (Auto, Light, Dark) and
 * switches it (domain/theme.ts: the first two clicks always change what the
 * reader sees); the choice is stored in localStorage ('backstory-theme') and
 * ThemeScript applies it before paint on the next page. "Auto" removes it.
 */
import { nextTheme, themeDescription, themeLabel, type Theme } from '../domain/theme.ts';

const KEY = 'backstory-theme';
const ICONS: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾' };
const deviceDark = window.matchMedia('(prefers-color-scheme: dark)');

function current(): Theme {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'system';
}

function apply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const show = () => {
      const theme = current();
      this.querySelector('.icon')!.textContent = ICONS[theme];
      this.querySelector('.label')!.textContent = themeLabel(theme);
      const description = themeDescription(theme, deviceDark.matches);
      button.setAttribute('aria-label', description);
      button.title = description;
    };
    show();
    deviceDark.addEventListener('change', show);
    button.addEventListener('click', () => {
      apply(nextTheme(current(), deviceDark.matches));
      show();
    });
  }
}

customElements.define('backstory-theme-toggle', ThemeToggle);
