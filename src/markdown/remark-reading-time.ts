import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { readingStats } from '../lib/reading-time.ts';

/**
 * Computes an article's word count and reading time once, while its Markdown
 * is rendered, and hands them to the page as `remarkPluginFrontmatter`
 * (Astro caches the result with the rendered entry, so listings and pages
 * never recount).
 */
export function remarkReadingTime() {
  return function (tree: Root, file: VFile) {
    const stats = readingStats(toString(tree));
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...(astro.frontmatter ?? {}), ...stats };
  };
}
