// Brings in the hName/hProperties fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import type { Root, RootContent, Paragraph, PhrasingContent, Heading } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';
import { LABELLED_SECTIONS } from '../blocks.ts';

type Label = keyof typeof LABELLED_SECTIONS;

/** `[label]` after `:::name` arrives as a first paragraph flagged directiveLabel. */
function takeLabel(node: ContainerDirective): PhrasingContent[] | undefined {
  const first = node.children[0];
  if (first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) {
    node.children.shift();
    return (first as Paragraph).children;
  }
  return undefined;
}

function heading(depth: 2 | 3, children: PhrasingContent[], id?: string): Heading {
  return { type: 'heading', depth, children, ...(id ? { data: { hProperties: { id } } } : {}) };
}

/**
 * Renders the explainer blocks (README, "Explainer blocks"):
 * - `:::key-points` — a list of 3 to 5 bullets, shown as the summary box;
 * - `:::what-happened`, `:::why-it-matters`, `:::background`, `:::whats-next` —
 *   labelled sections with a fixed heading and anchor, each at most once;
 * - `:::question[Text?]` — a question-and-answer section; the question is a
 *   heading whose id comes from its text, so links to it are stable;
 * - `:::facts[Title]` — a short aside of figures.
 */
export function remarkExplainerBlocks() {
  return function (tree: Root, file: VFile) {
    const seen = new Set<string>();
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      const name = node.name;
      if (name === 'key-points') {
        const lists = node.children.filter((c) => c.type === 'list');
        const items = lists[0]?.children.length ?? 0;
        if (lists.length !== 1 || node.children.length !== 1 || items < 3 || items > 5) {
          throw markdownError(
            file,
            node,
            `":::key-points" holds ${items} bullet(s)${node.children.length !== 1 ? ' and other content' : ''}`,
            'put exactly one bulleted list of 3 to 5 points inside it',
          );
        }
        once(file, node, seen, 'key-points');
        node.data = { hName: 'aside', hProperties: { className: ['key-points'], ariaLabelledBy: ['key-points'] } };
        node.children.unshift(heading(2, [{ type: 'text', value: 'Key points' }], 'key-points'));
      } else if (name in LABELLED_SECTIONS) {
        const id = name as Label;
        once(file, node, seen, id);
        if (node.children.some((c) => c.type === 'heading' && c.depth <= 2)) {
          throw markdownError(
            file,
            node,
            `":::${id}" contains a level-2 heading`,
            `the block brings its own "${LABELLED_SECTIONS[id]}" heading; use ### for sub-headings inside it`,
          );
        }
        node.data = { hName: 'section', hProperties: { className: ['labelled', `labelled-${id}`], ariaLabelledBy: [id] } };
        node.children.unshift(heading(2, [{ type: 'text', value: LABELLED_SECTIONS[id] }], id));
      } else if (name === 'question') {
        const label = takeLabel(node);
        if (!label || !toString({ type: 'paragraph', children: label }).trim()) {
          throw markdownError(file, node, '":::question" has no question', 'write the question in brackets: :::question[What did Pyongyang ask for?]');
        }
        if (node.children.length === 0) {
          throw markdownError(file, node, '":::question" has no answer', 'write the answer between ":::question[…]" and ":::"');
        }
        node.data = { hName: 'section', hProperties: { className: ['question'] } };
        node.children.unshift(heading(2, label) as RootContent as Heading);
      } else if (name === 'facts') {
        const label = takeLabel(node);
        const title = label ? toString({ type: 'paragraph', children: label }).trim() : '';
        if (!title) {
          throw markdownError(file, node, '":::facts" has no title', 'give the box a title in brackets: :::facts[The abductions in numbers]');
        }
        node.data = { hName: 'aside', hProperties: { className: ['fact-box'], ariaLabel: title } };
        node.children.unshift({ type: 'paragraph', children: label!, data: { hProperties: { className: ['fact-box-title'] } } });
      }
    });
  };
}

function once(file: VFile, node: ContainerDirective, seen: Set<string>, id: string): void {
  if (seen.has(id)) {
    throw markdownError(file, node, `":::${id}" appears twice in this article`, 'use each labelled block once, so its anchor (#' + id + ') is unique');
  }
  seen.add(id);
}
