import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { bodyLineOffset } from './body-offset.ts';

/** The body's line offset in the file on disk, computed once per render. */
function offsetFor(file: VFile): number {
  const cached = file.data.bodyLineOffset as number | undefined;
  if (cached !== undefined) return cached;
  let offset = 0;
  try {
    const path = file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
    offset = bodyLineOffset(readFileSync(path, 'utf8'), String(file.value));
  } catch {
    // No file on disk (unit tests): positions are already file positions.
  }
  file.data.bodyLineOffset = offset;
  return offset;
}

function displayPath(file: VFile): string {
  if (!file.path) return '<markdown>';
  const path = file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
  return relative(process.cwd(), path) || path;
}

/** "content/articles/x.md:12" for a node of the article being rendered. */
export function where(file: VFile, node: Node): string {
  const line = (node.position?.start.line ?? 1) + offsetFor(file);
  return `${displayPath(file)}:${line}`;
}

/**
 * An error in an article's Markdown: where it is, what is wrong and how to
 * fix it. Thrown from our remark plugins; the build stops and prints it.
 */
export function markdownError(file: VFile, node: Node, problem: string, fix: string): Error {
  const error = new Error(`${where(file, node)}: ${problem}. Fix: ${fix}.`);
  error.name = 'MarkdownError';
  error.stack = error.message;
  return error;
}
