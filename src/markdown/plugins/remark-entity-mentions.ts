import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { markdownError } from '../markdown-error.ts';
import { SLUG_PATTERN } from '../../content/schemas.ts';

/** A mention as recorded for the build to check: which entity, on which line. */
export interface EntityMention {
  slug: string;
  line: number;
}

/**
 * `:entity[Kim Jong Un]{#kim-jong-un}` marks a mention of an entity
 * (content/entities/kim-jong-un.md). It renders as a marked span; the article
 * page turns the first mention into a link with a context card, at page
 * time, so cards always show the entity's current text. The mentions (with
 * lines) go to the page as `entityMentions`, so an unknown slug can stop the
 * build naming the file and line.
 */
export function remarkEntityMentions() {
  return function (tree: Root, file: VFile) {
    const mentions: EntityMention[] = [];
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'entity') return;
      const slug = node.attributes?.id ?? '';
      const label = toString(node).trim();
      if (!label || !SLUG_PATTERN.test(slug)) {
        throw markdownError(file, node, `the mention ":entity[${label}]" has no valid entity slug`, 'write :entity[Kim Jong Un]{#kim-jong-un}, where kim-jong-un is a file in content/entities/');
      }
      mentions.push({ slug, line: node.position?.start.line ?? 1 });
      node.data = { hName: 'span', hProperties: { dataEntity: slug } };
    });
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...(astro.frontmatter ?? {}), entityMentions: mentions };
  };
}
