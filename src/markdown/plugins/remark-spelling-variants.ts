import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from '../tree-walk.ts';
import { recordFacts } from '../facts.ts';

/** British -ise spellings: apologised, organisation, recognises (the stem before "is", at least four letters). */
const BRITISH_ISE = /\b(\p{L}{4,})is(e|es|ed|ing|ation|ations|er|ers)\b/giu;
/** What every match contains: a much cheaper test that skips the text most nodes hold. */
const ISE_SUFFIX = /is(?:e|ing|ation)/iu;

/**
 * The -ize spelling of every British -ise word of the body ("apologised" →
 * "apologized"). The search index gets them as words of their own
 * (search/index-attributes.ts): the English stemmer search uses joins
 * "apology" with "apologized" but not with "apologised", so a reader's
 * "apology" would otherwise miss an explainer written in British English.
 */
export function remarkSpellingVariants() {
  return function (tree: Root, file: VFile) {
    const variants = new Set<string>();
    visit(tree, 'text', (node) => {
      if (!ISE_SUFFIX.test(node.value)) return;
      for (const m of node.value.matchAll(BRITISH_ISE)) variants.add(`${m[1]}iz${m[2]}`.toLowerCase());
    });
    recordFacts(file, { spellingVariants: [...variants].sort() });
  };
}
