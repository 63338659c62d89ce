import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { readingStats } from '../../domain/reading-time.ts';
import { recordFacts } from '../facts.ts';

/**
 * Computes an article's word count and reading time once, while its Markdown
 * is rendered, and records them as facts (Astro keeps them with the rendered
 * entry, so listings and pages never recount).
 */
export function remarkReadingTime() {
  return function (tree: Root, file: VFile) {
    const parts: string[] = [];
    collectText(tree, parts);
    const stats = readingStats(parts.join(' '));
    recordFacts(file, stats);
  };
}

// Text of every text-bearing node, separated so that a heading and the
// paragraph after it do not run together into one "word".
function collectText(node: Nodes, out: string[]): void {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
  if ('children' in node) for (const child of node.children) collectText(child, out);
}
