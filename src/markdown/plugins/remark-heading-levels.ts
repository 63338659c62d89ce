import type { Root, Heading } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';

/**
 * Body headings fit under the page's one `h1` (the headline) without
 * skipping a level: the body's top level becomes `h2` (`#` and `##` alike),
 * and each heading goes at most one level deeper than the one before it, so
 * `##` then `####` becomes h2 then h3. Screen-reader users navigate by these
 * levels, and the Nu checker treats a skipped level as an error. An empty
 * heading is refused.
 */
export function remarkHeadingLevels() {
  return function (tree: Root, file: VFile) {
    const headings: Heading[] = [];
    visit(tree, 'heading', (node: Heading) => {
      // An empty heading has nothing to navigate to, and no id to link to.
      if (!toString(node).trim()) throw markdownError(file, node, 'the heading is empty', 'write its text after the #s, or remove the line');
      headings.push(node);
    });
    if (headings.length === 0) return;
    const top = Math.min(...headings.map((h) => h.depth));
    let previous = 1; // the headline
    for (const h of headings) {
      // Shift so the body's top level is 2, then close any gap from the heading before.
      const wanted = h.depth - top + 2;
      const depth = Math.min(wanted, previous + 1, 6) as Heading['depth'];
      h.depth = depth;
      previous = depth;
    }
  };
}
