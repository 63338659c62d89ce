import type { Root, Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from '../tree-walk.ts';

import { NOT_SECTIONS } from '../../domain/toc.ts';

/**
 * Gives every H2/H3 of an article body one section-link control: a real link
 * to `#id` after the heading (the share bar's script also copies its URL,
 * client/share-bar.ts). The heading and its link sit in a wrapper so the link is not
 * part of the heading's accessible name; its text says what it links to.
 */
export function rehypeSectionLinks() {
  return function (tree: Root) {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || (node.tagName !== 'h2' && node.tagName !== 'h3')) return undefined;
      const id = node.properties.id;
      if (typeof id !== 'string' || NOT_SECTIONS.has(id)) return undefined;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['section-link'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: `Link to section: ${toString(node)}` }],
          },
        ],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading-${node.tagName}`] },
        children: [node, link] as ElementContent[],
      };
      parent.children[index] = wrapper;
      return [SKIP, index + 1];
    });
  };
}
