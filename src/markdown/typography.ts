/**
 * House typography for text that is not Markdown (titles, deks, entity and
 * story text, source titles, cards and share images): the same curly quotes,
 * dashes and ellipses SmartyPants gives the body (plugins/remark-smartypants.ts),
 * so a headline's apostrophe matches its article's.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';

const processor = retext().use(smartypants);
const done = new Map<string, string>();

/** "North Korea's" → "North Korea’s"; "--" → "—"; text without anything to change comes back as it was. */
export function smartText(text: string): string {
  if (!/["'`]|--|\.\.\./.test(text)) return text;
  let out = done.get(text);
  if (out === undefined) done.set(text, (out = processor.processSync(text).toString()));
  return out;
}
