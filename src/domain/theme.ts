/** The reader's theme choice: follow the device, or force light or dark. */
export type Theme = 'system' | 'light' | 'dark';

/**
 * The toggle's cycle, from what the page shows: following the device, the
 * first click switches to the other appearance, the second to the device's
 * own appearance chosen for good, the third back to following the device.
 * So the first two clicks always change what the reader sees.
 */
export function nextTheme(theme: Theme, deviceIsDark: boolean): Theme {
  const device: Theme = deviceIsDark ? 'dark' : 'light';
  const other: Theme = deviceIsDark ? 'light' : 'dark';
  return theme === 'system' ? other : theme === other ? device : 'system';
}

/** The word the toggle shows for a choice. */
export function themeLabel(theme: Theme): string {
  return theme === 'system' ? 'Auto' : theme === 'light' ? 'Light' : 'Dark';
}

/** What the toggle tells a screen reader and shows on hover: the state, and what a click does. */
export function themeDescription(theme: Theme, deviceIsDark: boolean): string {
  const now = theme === 'system' ? `Auto (your device: ${deviceIsDark ? 'dark' : 'light'})` : themeLabel(theme);
  const next = nextTheme(theme, deviceIsDark);
  return `Theme: ${now}. Switch to ${next === 'system' ? 'Auto, following your device' : themeLabel(next)}`;
}
