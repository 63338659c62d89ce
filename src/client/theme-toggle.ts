/**
 * <backstory-theme-toggle>: cycles system → light → dark and stores the choice in
 * localStorage ('backstory-theme'); ThemeScript applies it before paint on
 * the next page. "System" removes the stored choice.
 */
import { nextTheme, type Theme } from '../domain/theme.ts';

const KEY = 'backstory-theme';

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
    const label = this.querySelector('.label')!;
    const show = () => (label.textContent = `Theme: ${current()}`);
    show();
    button.addEventListener('click', () => {
      apply(nextTheme(current()));
      show();
    });
  }
}

customElements.define('backstory-theme-toggle', ThemeToggle);
