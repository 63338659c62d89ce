// Brings in the hName/hProperties fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { SKIP, visit } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';
import { readerText } from '../reader-text.ts';
import { recordFacts } from '../facts.ts';
import { formatPartialDate, parsePartialDate, type PartialDate } from '../../domain/partial-date.ts';
import { eventSentence } from '../../domain/event-sentence.ts';
import type { TimelineFact } from '../../domain/timeline.ts';

/** A `:date[…]` found in a paragraph: where its text starts in the paragraph's words. */
interface Mark {
  offset: number;
  date: PartialDate;
}

/** The paragraph's words (as readers read them) and where each date mark sits in them. */
function wordsAndMarks(paragraph: Paragraph): { words: string; marks: Mark[] } {
  let words = '';
  const marks: Mark[] = [];
  const walk = (node: Nodes) => {
    const date = (node.data as { eventDate?: PartialDate } | undefined)?.eventDate;
    if (date) marks.push({ offset: words.length, date });
    if (node.type === 'text' || date) words += readerText(node);
    else if ('children' in node && !(node.type === 'textDirective' && node.name === 'cite')) (node.children as Nodes[]).forEach(walk);
    else words += readerText(node);
  };
  paragraph.children.forEach(walk);
  return { words, marks };
}

/**
 * `:date[2024-01-15]` (or `:date[2011-12]`, `:date[2002]`) writes a date in
 * a sentence ("On :date[2024-01-15], Kim Jong Un told…"): it renders as
 * "15 January 2024" in a `<time datetime>`, and the sentence is recorded as
 * a dated event, so the pages of the people and places it names can put it
 * in their timelines. A timeline block's entries are recorded by
 * remark-timeline instead.
 */
export function remarkDatedEvents() {
  return function (tree: Root, file: VFile) {
    let found = false;
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'date' || !parent || index === undefined) return undefined;
      const written = readerText(node).trim();
      const date = parsePartialDate(written);
      if (!date) {
        throw markdownError(
          file,
          node,
          `":date[${written}]" is not a date`,
          'write the date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. :date[2024-01-15]; it is shown as "15 January 2024"',
        );
      }
      const shown = formatPartialDate(date);
      parent.children.splice(index, 1, {
        type: 'text',
        value: shown,
        data: { eventDate: date, hName: 'time', hProperties: { dateTime: date.value }, hChildren: [{ type: 'text', value: shown }] },
      } as Text);
      found = true;
      return [SKIP, index + 1];
    });
    const events: TimelineFact[] = [];
    if (found) {
      visit(tree, (node) => {
        if (node.type === 'containerDirective' && node.name === 'timeline') return SKIP; // its entries are dated already
        if (node.type !== 'paragraph') return undefined;
        const { words, marks } = wordsAndMarks(node);
        for (const mark of marks) events.push({ date: mark.date.value, text: eventSentence(words, mark.offset, formatPartialDate(mark.date)) });
        return SKIP;
      });
    }
    recordFacts(file, { events });
  };
}
