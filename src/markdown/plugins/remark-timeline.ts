// Brings in the hName/hProperties fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import type { Root, ListItem, Paragraph, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';
import { recordFacts } from '../facts.ts';
import { readerText } from '../reader-text.ts';
import { formatPartialDate, parsePartialDate } from '../../domain/partial-date.ts';
import type { TimelineFact } from '../../domain/timeline.ts';

const ENTRY = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*:\s*/;

/**
 * `:::timeline[Optional title]` holding a bulleted list whose items start
 * with a date (`2002-09-17:`, `2004-05:` or `2008:`) renders as an ordered
 * list of dated entries, each date in a `<time>`: readable by screen readers
 * and in print, not only a visual line. Entries must be in date order.
 */
export function remarkTimeline() {
  return function (tree: Root, file: VFile) {
    // Entries are recorded as facts too, for story and entity timelines.
    const entries: TimelineFact[] = [];
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'timeline') return;
      const first = node.children[0];
      let title: string | undefined;
      if (first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) {
        title = toString(first).trim();
        node.children.shift();
      }
      const list = node.children[0];
      if (node.children.length !== 1 || list?.type !== 'list') {
        throw markdownError(file, node, '":::timeline" must hold one bulleted list', 'write each entry as "- 2002-09-17: what happened"');
      }
      let previous = '';
      for (const item of list.children) {
        const { date, text } = takeDate(item, file);
        entries.push({ date: date.value, text });
        if (date.sortKey < previous) {
          throw markdownError(file, item, `timeline entry ${date.value} comes after a later date`, 'put the entries in date order, oldest first');
        }
        previous = date.sortKey;
      }
      list.ordered = true;
      list.data = { hProperties: { className: ['timeline-list'] } };
      node.data = { hName: 'figure', hProperties: { className: ['timeline'], ...(title ? { ariaLabel: title } : {}) } };
      if (title) {
        node.children.unshift({
          type: 'paragraph',
          children: [{ type: 'text', value: title }],
          data: { hName: 'figcaption', hProperties: { className: ['kicker'] } },
        });
      }
    });
    recordFacts(file, { timeline: entries });
  };
}

/** Removes the leading date from an entry and puts it back as a <time>. */
function takeDate(item: ListItem, file: VFile) {
  const para = item.children[0];
  const text = para?.type === 'paragraph' ? para.children[0] : undefined;
  const match = text?.type === 'text' ? ENTRY.exec(text.value) : null;
  const parsed = match ? parsePartialDate(match[1]!) : null;
  if (!match || !parsed) {
    const shown = toString(item).slice(0, 40);
    throw markdownError(
      file,
      item,
      `timeline entry "${shown}" does not start with a valid date`,
      'start it with YYYY-MM-DD, YYYY-MM or YYYY and a colon, e.g. "- 2002-09-17: Koizumi visits Pyongyang"',
    );
  }
  (text as Text).value = (text as Text).value.slice(match[0].length);
  const plain = readerText(item).trim(); // the entry's words, before its date is put back as <time>
  (para as Paragraph).children.unshift({
    type: 'text',
    value: formatPartialDate(parsed),
    data: {
      hName: 'time',
      hProperties: { dateTime: parsed.value, className: ['timeline-date'] },
      hChildren: [{ type: 'text', value: formatPartialDate(parsed) }],
    },
  } as Text);
  // The date stands on its own line; in the search index and to a screen
  // reader the entry reads as one sentence: "15 October 2002: Five abductees…".
  (para as Paragraph).children.splice(1, 0, {
    type: 'text',
    value: ': ',
    data: { hName: 'span', hProperties: { className: ['visually-hidden'] }, hChildren: [{ type: 'text', value: ': ' }] },
  } as Text);
  return { date: parsed, text: plain };
}
