import type { Root, Html, Link, Image, Definition } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { markdownError } from './markdown-error.ts';
import { isDangerousUrl, rawHtmlProblem } from './raw-html-policy.ts';

const FIX = 'use Markdown, or only the HTML listed in README, "Raw HTML" (no scripts, frames, objects, styles, event handlers or javascript:/data: URLs)';

/** Applies the raw-HTML policy (raw-html-policy.ts) to an article body: refuses, with file:line, never drops. */
export function remarkRawHtmlPolicy() {
  return function (tree: Root, file: VFile) {
    visit(tree, (node) => {
      if (node.type === 'html') {
        const problem = rawHtmlProblem((node as Html).value);
        if (problem) throw markdownError(file, node, `raw HTML refused: ${problem}`, FIX);
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const url = (node as Link | Image | Definition).url;
        if (isDangerousUrl(url)) throw markdownError(file, node, `the link "${url}" uses a javascript:, vbscript: or data: URL`, 'link to a web page (https://…) or another explainer instead');
      }
    });
  };
}
