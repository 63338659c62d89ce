import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';
import { recordFacts, type EntityMention } from '../facts.ts';
import { SLUG_PATTERN } from '../../domain/slugs.ts';
import { cardSlot, cardId } from '../card-slot.ts';

/**
 * `:entity[Kim Jong Un]{#kim-jong-un}` marks a mention of an entity
 * (content/entities/kim-jong-un.md). The first mention of each entity
 * becomes the control that opens its context card in place: the name itself
 * is a button (popovertarget, so no script is needed; one Tab stop), followed
 * by a slot where the page puts the card (mention-cards.ts: the card carries
 * the entity's current text and links on to its page, so it is filled when
 * the page renders). Later mentions are plain text. The label stays a Markdown tree, so raw HTML in it
 * (`:entity[Kim Jong Un (<span lang="ko">김정은</span>)]`) nests correctly.
 * The mentions (with lines) are recorded as facts, so the loader can stop
 * the build at file:line for an entity that has no file.
 */
export function remarkEntityMentions() {
  return function (tree: Root, file: VFile) {
    const mentions: EntityMention[] = [];
    const seen = new Set<string>();
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'entity' || !parent || index === undefined) return undefined;
      const slug = node.attributes?.id ?? '';
      const label = toString(node).trim();
      if (!label || !SLUG_PATTERN.test(slug)) {
        throw markdownError(
          file,
          node,
          `the mention ":entity[${label}]" has no valid entity slug`,
          'write :entity[Kim Jong Un]{#kim-jong-un}, where kim-jong-un is a file in content/entities/',
        );
      }
      if (node.children.some((c) => c.type === 'link')) {
        throw markdownError(
          file,
          node,
          `the mention ":entity[${label}]" holds a link`,
          'the name opens its context card, which links to the entity page; take the link out of the mention',
        );
      }
      mentions.push({ slug, line: node.position?.start.line ?? 1 });
      if (seen.has(slug)) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index + node.children.length];
      }
      seen.add(slug);
      node.data = { hName: 'button', hProperties: { type: 'button', className: ['mention'], popovertarget: cardId(slug) } };
      parent.children.splice(index + 1, 0, { type: 'html', value: cardSlot(slug) });
      return [SKIP, index + 2];
    });
    recordFacts(file, { entityMentions: mentions });
  };
}
