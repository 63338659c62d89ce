import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';
import { BLOCK_HELP, BLOCK_NAMES, TEXT_DIRECTIVE_NAMES } from '../blocks.ts';

const CLOSING_FENCE = /^\s*:{3,}\s*$/;
/** One of our text directives left as text after a colon (Sätteri's reading of "a::cite[b]"). */
const AFTER_COLON = new RegExp(`::(${TEXT_DIRECTIVE_NAMES.join('|')})\\[`);

/**
 * Runs right after remark-directive, before the block plugins:
 * - `:::` blocks must be known and closed (an unclosed one would silently
 *   swallow the rest of the article);
 * - `::name` leaf directives are not used, so one is a mistake;
 * - text like "10:30" or "Note:this" parses as a `:name` text directive;
 *   only ours (`:entity[…]{#slug}`, `:cite[…]`, `:date[…]`, with a label)
 *   are kept, and every other one is put back as the text the editor wrote;
 * - one of ours written straight after a colon ("relations::cite[a]") is
 *   refused: parsers disagree on it (remark-parse reads a colon and a
 *   citation, Sätteri the text "::cite[a]"), so neither reading is safe.
 */
export function remarkDirectiveGuard() {
  return function (tree: Root, file: VFile) {
    const source = String(file.value);
    const lines = source.split('\n');
    visit(tree, (node, index, parent) => {
      const before = parent && index !== undefined && index > 0 ? parent.children[index - 1] : undefined;
      const ours = node.type === 'textDirective' && (TEXT_DIRECTIVE_NAMES as readonly string[]).includes(node.name);
      const unread = node.type === 'text' ? AFTER_COLON.exec(node.value) : null;
      if ((ours && before?.type === 'text' && before.value.endsWith(':')) || unread) {
        const name = unread?.[1] ?? (node as { name: string }).name;
        throw markdownError(
          file,
          node,
          `":${name}[…]" straight after a colon is not read the same way by every Markdown parser`,
          `put a word or a space between the colon and ":${name}[…]", or move it to the end of the sentence`,
        );
      }
      if (ours) return undefined; // ours: their plugins check them
      if (node.type === 'textDirective' && parent && index !== undefined) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
        // (Its label may hold an entity mention; this text is then kept as written.)
        parent.children.splice(index, 1, { type: 'text', value });
        return [SKIP, index + 1];
      }
      if (node.type === 'leafDirective') {
        throw markdownError(file, node, `"::${node.name}" is not a block we know`, `use a container block (${BLOCK_HELP}), or escape the colons as \\:\\:`);
      }
      if (node.type === 'containerDirective') {
        if (!(BLOCK_NAMES as readonly string[]).includes(node.name)) {
          throw markdownError(file, node, `":::${node.name}" is not a block we know`, BLOCK_HELP);
        }
        const endLine = lines[(node.position?.end.line ?? 1) - 1] ?? '';
        if (!CLOSING_FENCE.test(endLine)) {
          throw markdownError(
            file,
            node,
            `the block ":::${node.name}" is never closed, so it would swallow the rest of the article`,
            'add a line ":::" where the block ends',
          );
        }
      }
      return undefined;
    });
  };
}
