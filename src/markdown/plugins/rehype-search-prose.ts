import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from '../tree-walk.ts';

const hasProperty = (node: Element, name: string) => node.properties[name] !== undefined;

/** The cells of a table row, as text. */
const cells = (row: Element) =>
  row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).map((c) => toString(c).trim());

/** A table as sentences: its heading row, then "row label: value, value." per row. */
function tableAsProse(table: Element): string {
  const rows: Element[] = [];
  visit(table, 'element', (node: Element) => void (node.tagName === 'tr' && rows.push(node)));
  return rows
    .map((row) => {
      const [first = '', ...rest] = cells(row);
      const sentence = rest.length ? `${first}: ${rest.join(', ')}` : first;
      return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
    })
    .join(' ');
}

/**
 * What the search index reads of an article body, so that excerpts read as
 * sentences (Pagefind indexes the HTML as written):
 * - footnote markers and the footnotes themselves are left out (a number
 *   glued to a sentence, "…course. 9. Background", helps no one);
 * - a table is indexed as sentences, one per row ("Recognised by Japan:
 *   17."), from a hidden copy, instead of cell after cell;
 * - a web address shown as its own link text is left out.
 * What readers see and hear does not change.
 */
export function rehypeSearchProse() {
  return function (tree: Root) {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && hasProperty(c, 'dataFootnoteRef'))) {
        node.properties['dataPagefindIgnore'] = '';
        return SKIP;
      }
      if (node.tagName === 'section' && hasProperty(node, 'dataFootnotes')) {
        node.properties['dataPagefindIgnore'] = '';
        return SKIP;
      }
      // A bare address shown as its own link text (<https://…>) is a reference, not prose.
      if (node.tagName === 'a' && typeof node.properties['href'] === 'string' && toString(node).trim() === node.properties['href']) {
        node.properties['dataPagefindIgnore'] = '';
        return SKIP;
      }
      if (node.tagName === 'table' && parent && index !== undefined) {
        node.properties['dataPagefindIgnore'] = '';
        const prose: ElementContent = {
          type: 'element',
          tagName: 'p',
          properties: { hidden: true, className: ['search-prose'] },
          children: [{ type: 'text', value: tableAsProse(node) }],
        };
        parent.children.splice(index + 1, 0, prose);
        return [SKIP, index + 2];
      }
      return undefined;
    });
  };
}
