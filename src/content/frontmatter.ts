/**
 * Splits a Markdown file into its YAML front matter and its body, and parses
 * the front matter with the `yaml` package, which keeps what an editor needs
 * in an error message and what the schema needs to check dates:
 * - the line of every key (`title`, `topics.1`, `corrections.0.date`);
 * - dates as the literal text written (YAML 1.2's core schema has no
 *   timestamp type, so `2024-03-26T09:00:00+09:00` keeps its offset and an
 *   impossible `2024-02-30` is not rolled into March).
 *
 * The body is cut exactly as Astro's own Markdown loader cuts it (front
 * matter removed, then trimmed), so rendered pages do not change.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ParsedMarkdownFile {
  /** The front matter as plain data ({} when the file has none). */
  data: Record<string, unknown>;
  /** The Markdown after the front matter, trimmed. */
  body: string;
  /** 1-based file line of each key, by dotted path. */
  lines: Map<string, number>;
  /** Lines above the body: body line + this = file line. */
  bodyLineOffset: number;
}

/** Front matter that is not valid YAML: where and why. */
export interface FrontMatterError {
  line: number;
  reason: string;
}

/** The front matter block as Astro finds it: at the start (after a BOM or blank lines), between --- lines. */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * The body in its place in the file: blank lines stand for the front
 * matter, so every position a Markdown plugin reports is a file line.
 */
export const bodyInPlace = (file: Pick<ParsedMarkdownFile, 'body' | 'bodyLineOffset'>): string => '\n'.repeat(file.bodyLineOffset) + file.body;

export function parseMarkdownFile(source: string): { ok: true; file: ParsedMarkdownFile } | { ok: false; error: FrontMatterError } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { ok: true, file: { data: {}, body: source.trim(), lines: new Map(), bodyLineOffset: leadingLines(source, 0) } };
  const raw = match[1]!;
  const opening = match.index + match[0].indexOf('---');
  // File line of the YAML text's first line (the rest of the opening --- line).
  const firstLine = lineOf(source, opening);
  const end = match.index + match[0].length;
  const body = (source.slice(0, match.index) + source.slice(end)).trim();

  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0]?.line ?? lineCounter.linePos(problem.pos[0]).line;
    const reason = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, error: { line: firstLine + openingQuoteLine(raw, at, problem.code === 'MISSING_CHAR' ? /"|'/.exec(reason)?.[0] : undefined) - 1, reason } };
  }
  const value: unknown = doc.toJS();
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const lines = new Map<string, number>();
  collectLines(doc.contents, '', (offset) => firstLine + lineCounter.linePos(offset).line - 1, lines);
  return { ok: true, file: { data, body, lines, bodyLineOffset: leadingLines(source, end) } };
}

/**
 * YAML reports an unclosed quote where the text runs out (the end of the
 * front matter); the editor needs the line where the quote was opened: the
 * last line before that with an odd number of that quote mark.
 */
function openingQuoteLine(raw: string, reported: number, quote: string | undefined): number {
  if (!quote) return reported;
  const lines = raw.split('\n');
  for (let line = Math.min(reported, lines.length); line >= 1; line--) {
    if ((lines[line - 1]!.split(quote).length - 1) % 2 === 1) return line;
  }
  return reported;
}

/** 1-based line of a character offset. */
function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** Lines before the first non-blank character at or after `from` (where the trimmed body starts). */
function leadingLines(source: string, from: number): number {
  const rest = source.slice(from);
  const start = from + (rest.length - rest.trimStart().length);
  return lineOf(source, start) - 1;
}

/** Records the line of every key and list item under `path`. */
function collectLines(node: Node | null | undefined, path: string, line: (offset: number) => number, out: Map<string, number>): void {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = `${path}${String(item.key.value)}`;
      if (item.key.range) out.set(key, line(item.key.range[0]));
      collectLines(item.value as Node | null, `${key}.`, line, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const key = `${path}${i}`;
      const range = (item as Node | null)?.range;
      if (range) out.set(key, line(range[0]));
      collectLines(item as Node | null, `${key}.`, line, out);
    });
  }
}
