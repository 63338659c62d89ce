/**
 * Reads the front matter block of a Markdown file as text, to point error
 * messages at lines and to recover date literals exactly as written
 * (js-yaml turns unquoted timestamps into Dates and drops their offset).
 *
 * Keys are dotted paths: `title` for a top-level key, `corrections.0.date`
 * for a key of the first item of a block list (`- date: …`).
 */
export interface FrontmatterSource {
  /** 1-based line of each key. */
  lines: Map<string, number>;
  /** Unquoted scalar text of each key written on one line. */
  scalars: Map<string, string>;
}

const TOP_KEY = /^([A-Za-z_][\w-]*)\s*:(.*)$/;
const ITEM_KEY = /^\s+(-\s+)?([A-Za-z_][\w-]*)\s*:(.*)$/;

const unquote = (rest: string) => rest.replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');

export function readFrontmatterSource(raw: string): FrontmatterSource {
  const lines = new Map<string, number>();
  const scalars = new Map<string, string>();
  const all = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (all[0]?.trim() !== '---') return { lines, scalars };
  let top = '';
  let item = -1;
  const record = (path: string, lineNo: number, rest: string) => {
    lines.set(path, lineNo);
    const value = unquote(rest);
    if (value) scalars.set(path, value);
  };
  for (let i = 1; i < all.length; i++) {
    const line = all[i] ?? '';
    if (line.trim() === '---') break;
    const t = TOP_KEY.exec(line);
    if (t) {
      [top, item] = [t[1] ?? '', -1];
      record(top, i + 1, t[2] ?? '');
      continue;
    }
    const n = top ? ITEM_KEY.exec(line) : null;
    if (n) {
      if (n[1]) item++;
      if (item >= 0) record(`${top}.${item}.${n[2]}`, i + 1, n[3] ?? '');
    }
  }
  return { lines, scalars };
}
