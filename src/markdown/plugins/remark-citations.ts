// Brings in the hName/hProperties fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import type { Root, Heading } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { SKIP, visitParents } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';
import { readerText } from '../reader-text.ts';
import { recordFacts, type Citation } from '../facts.ts';
import { SLUG_PATTERN } from '../../domain/slugs.ts';
import { citationAnchor, sourceAnchor } from '../../domain/sources.ts';

/** Where a citation sits, for the source list's way back: the section's heading, or the opening before any. */
const OPENING = 'the opening';
const KEY_POINTS = 'Key points';

/**
 * `:cite[ap-2024]` (or `:cite[kcna, afp]`) marks what a sentence rests on:
 * the ids of sources in the explainer's front matter (README, "Sources").
 * Each becomes a numbered link to its entry in the source list, numbered in
 * the order sources are first cited, with an id the list links back to.
 * The citations (ids, lines, sections) are recorded as facts: the loader
 * checks every id against the front matter (file:line), and the page builds
 * the numbered list from them. Markers carry no words, so excerpts, reading
 * time and timelines read without them.
 */
export function remarkCitations() {
  return function (tree: Root, file: VFile) {
    const citations: Citation[] = [];
    const numbers = new Map<string, number>();
    const seen = new Map<string, number>();
    let section = OPENING;
    visitParents(tree, (node, ancestors) => {
      const inKeyPoints = ancestors.some((a) => a.type === 'containerDirective' && a.name === 'key-points');
      if (node.type === 'heading' && (node as Heading).depth === 2 && !inKeyPoints) {
        section = readerText(node as Heading).trim() || section;
        return undefined;
      }
      const parent = ancestors.at(-1);
      if (node.type !== 'textDirective' || (node as TextDirective).name !== 'cite' || !parent || !('children' in parent)) return undefined;
      const siblings: readonly unknown[] = parent.children;
      const index = siblings.indexOf(node);
      const directive = node as TextDirective;
      const ids = readerText({ type: 'paragraph', children: directive.children })
        .split(/[\s,]+/)
        .filter(Boolean);
      const bad = ids.find((id) => !SLUG_PATTERN.test(id));
      if (ids.length === 0 || bad !== undefined) {
        throw markdownError(
          file,
          directive,
          ids.length === 0 ? 'the citation ":cite[]" names no source' : `the citation ":cite[${ids.join(', ')}]" has "${bad}", which is not a source id`,
          'write :cite[ap-2024] (or :cite[kcna, afp] for two), where ap-2024 is the id of a source in the front matter',
        );
      }
      const line = directive.position?.start.line ?? 1;
      const links: ElementContent[] = [];
      for (const id of ids) {
        const n = numbers.get(id) ?? numbers.size + 1;
        numbers.set(id, n);
        const occurrence = (seen.get(id) ?? 0) + 1;
        seen.set(id, occurrence);
        const anchor = citationAnchor(id, occurrence);
        citations.push({ id, n, line, anchor, section: inKeyPoints ? KEY_POINTS : section });
        if (links.length > 0) links.push({ type: 'text', value: ', ' });
        links.push(
          h('a', { href: `#${sourceAnchor(id)}`, id: anchor, className: ['cite-ref'] }, [h('span', { className: ['visually-hidden'] }, 'Source '), String(n)]),
        );
      }
      parent.children.splice(index, 1, {
        // A node of our own with no text of its own (mdast-util-to-string reads
        // nothing in it); mdast-util-to-hast renders it from hName/hChildren.
        type: 'citation',
        data: { hName: 'sup', hProperties: { className: ['cite'], dataPagefindIgnore: '' }, hChildren: links },
      } as unknown as TextDirective);
      return [SKIP, index + 1];
    });
    recordFacts(file, { citations });
  };
}
