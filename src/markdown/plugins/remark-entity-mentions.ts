import type { Root, Link } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { markdownError } from '../markdown-error.ts';
import { recordFacts, type EntityMention } from '../facts.ts';
import { SLUG_PATTERN } from '../../domain/slugs.ts';
import { urls } from '../../domain/urls.ts';
import { cardSlot } from '../card-slot.ts';

/**
 * `:entity[Kim Jong Un]{#kim-jong-un}` marks a mention of an entity
 * (content/entities/kim-jong-un.md). The first mention of each entity
 * becomes a link to its page, wrapped with a slot where the page puts the
 * context card (mention-cards.ts: the card carries the entity's current
 * text, so it is filled when the page renders); later mentions are plain
 * text. The label stays a Markdown tree, so raw HTML in it
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
      mentions.push({ slug, line: node.position?.start.line ?? 1 });
      if (seen.has(slug)) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index + node.children.length];
      }
      seen.add(slug);
      const link: Link = { type: 'link', url: urls.entity(slug), children: node.children };
      node.children = [link, { type: 'html', value: cardSlot(slug) }];
      node.data = { hName: 'span', hProperties: { className: ['mention'] } };
      return SKIP;
    });
    recordFacts(file, { entityMentions: mentions });
  };
}
