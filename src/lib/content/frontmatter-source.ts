/**
 * Reads the front matter block of a Markdown file as text, to point error
 * messages at lines and to recover date literals exactly as written
 * (js-yaml turns unquoted timestamps into Dates and drops their offset).
 */
export interface FrontmatterSource {
  /** 1-based line of each top-level key. */
  lines: Map<string, number>;
  /** Unquoted scalar text of each top-level key written on one line. */
  scalars: Map<string, string>;
}

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:(.*)$/;

export function readFrontmatterSource(raw: string): FrontmatterSource {
  const lines = new Map<string, number>();
  const scalars = new Map<string, string>();
  const text = raw.replace(/^\uFEFF/, '');
  const all = text.split(/\r?\n/);
  if (all[0]?.trim() !== '---') return { lines, scalars };
  for (let i = 1; i < all.length; i++) {
    const line = all[i] ?? '';
    if (line.trim() === '---') break;
    const m = KEY_LINE.exec(line);
    if (!m) continue;
    const [, key = '', rest = ''] = m;
    lines.set(key, i + 1);
    const value = rest.replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
    if (value) scalars.set(key, value);
  }
  return { lines, scalars };
}
