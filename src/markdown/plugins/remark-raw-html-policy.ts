import type { Root, Html, Link, Image, Definition } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';
import { isDangerousUrl, rawHtmlLinks, rawHtmlProblem, unbalancedBlock } from '../raw-html-policy.ts';

/** An http(s) address with a real host name (no empty labels such as https://../). */
function isValidWebAddress(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return hostname.length > 0 && hostname.split('.').every((label) => label.length > 0);
  } catch {
    return false;
  }
}

const FIX = 'use Markdown, or only the HTML listed in README, "Raw HTML" (no scripts, frames, objects, styles, event handlers or javascript:/data: URLs)';

/** Applies the raw-HTML policy (raw-html-policy.ts) to an article body: refuses, with file:line, never drops. */
export function remarkRawHtmlPolicy() {
  return function (tree: Root, file: VFile) {
    visit(tree, (node, _index, parent) => {
      if (node.type === 'html') {
        // A block-level HTML node (not a tag inside a paragraph) must be whole.
        const block =
          parent?.type !== 'paragraph' &&
          parent?.type !== 'heading' &&
          parent?.type !== 'tableCell' &&
          !parent?.type.startsWith('emphasis') &&
          parent?.type !== 'strong' &&
          parent?.type !== 'link' &&
          parent?.type !== 'delete';
        const problem = rawHtmlProblem((node as Html).value) ?? (block ? unbalancedBlock((node as Html).value) : null);
        if (problem) throw markdownError(file, node, `raw HTML refused: ${problem}`, FIX);
        // Links in raw HTML are checked like Markdown links (remark-article-links.ts).
        const links = (file.data.rawHtmlLinks ??= []);
        for (const href of rawHtmlLinks((node as Html).value)) links.push({ href, line: node.position?.start.line ?? 1 });
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const url = (node as Link | Image | Definition).url;
        if (isDangerousUrl(url))
          throw markdownError(
            file,
            node,
            `the link "${url}" uses a javascript:, vbscript: or data: URL`,
            'link to a web page (https://…) or another explainer instead',
          );
        if (/^https?:/i.test(url) && !isValidWebAddress(url))
          throw markdownError(
            file,
            node,
            `the link ${JSON.stringify(url)} is not a valid web address`,
            'check it in a browser and copy the address from there',
          );
      }
    });
  };
}
