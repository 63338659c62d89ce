/**
 * Where a search excerpt cuts a sentence: Pagefind cuts a fixed number of
 * words around the match, so an excerpt may start or stop mid-sentence.
 * An ellipsis there tells the reader that text is left out. A cut is
 * assumed where the excerpt starts with a lower-case letter (or a digit or
 * punctuation that continues a sentence) and where it does not end with a
 * sentence's closing punctuation.
 */
export interface ExcerptEdges {
  /** The excerpt starts inside a sentence. */
  cutBefore: boolean;
  /** The excerpt stops inside a sentence. */
  cutAfter: boolean;
}

const SENTENCE_START = /^[\p{Lu}\p{Lo}“‘"'(«[]/u;
const SENTENCE_END = /[.!?…:;][”’"')»\]]*$/u;

/** `text` is the excerpt as text (its marks removed). */
export function excerptEdges(text: string): ExcerptEdges {
  const t = text.trim();
  if (!t) return { cutBefore: false, cutAfter: false };
  return { cutBefore: !SENTENCE_START.test(t), cutAfter: !SENTENCE_END.test(t) };
}
