import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

function displayPath(file: VFile): string {
  if (!file.path) return '<markdown>';
  const path = file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
  return relative(process.cwd(), path) || path;
}

/**
 * "content/articles/x.md:12" for a node of the article being rendered. The
 * content loader hands the body over in its place in the file (blank lines
 * where the front matter was), so a node's line is its line in the file.
 */
export function where(file: VFile, node: Node): string {
  return `${displayPath(file)}:${node.position?.start.line ?? 1}`;
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
