/** The reader's theme choice: follow the system, or force light or dark. */
export type Theme = 'system' | 'light' | 'dark';

/** The toggle's cycle: system → light → dark → system. */
export function nextTheme(theme: Theme): Theme {
  return theme === 'system' ? 'light' : theme === 'light' ? 'dark' : 'system';
}
