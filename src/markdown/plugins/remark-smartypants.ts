/**
 * Typographic quotes, dashes and ellipses ("SmartyPants"): the same result as
 * remark-smartypants 3 (Astro's default), which we switch off in
 * astro.config.mjs in favour of this copy. Why a copy: remark-smartypants
 * runs retext (a full natural-language parse) once for the whole text and
 * again for every text node, and that was 40 % of all Markdown time in a
 * build profile. This version runs each pass only on text it can change:
 * the quote pass only when there is a ' or ", the dash/ellipsis/backtick pass
 * only on text nodes holding "--", "``", "''" or three dots. Everything else
 * is retext's own code, and tests/unit/markdown/smartypants.test.ts compares the two
 * on the CommonMark corpus and our fixtures.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from '../tree-walk.ts';
import type { Root, Nodes, Parents } from 'mdast';

/** Node types whose text SmartyPants reads (as in remark-smartypants). */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts fresh: a quote at their start always opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Text the second pass could change (retext-smartypants' dashes, backticks and ellipses, default settings). */
const SECOND_PASS_TRIGGER = /--|``|''|\.\s*\.\s*\./;

type Literal = Nodes & { value: string };
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

export function remarkSmartypants() {
  // Quotes first, over all the text at once (so quotes around links and
  // emphasis pair up); dashes, ellipses and backticks after, node by node,
  // because they change the text's length.
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });

  return (tree: Root) => {
    let allText = '';
    const nodes: Nodes[] = [];
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (!parent || !VISITED.has(node.type)) return;
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else if (BLOCKS.has(node.type)) allText += ' ';
      else return;
      nodes.push(node);
    });
    if (allText.includes('"') || allText.includes("'")) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1; // the space added for a block
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = SECOND_PASS_TRIGGER.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
