/**
 * A search query as the precision rule reads it: quoted phrases, and words.
 * Pure, shared by the browser and the search-quality test.
 *
 * The rule (decided by tests/build/search-quality.test.ts): a page matches
 * a word when it contains the word or a word of the same stem; or, for a
 * word of at least MIN_PREFIX letters that is not itself a word of the
 * index, a word it begins ("abdu" finds "abduction"). A phrase in quotes
 * matches the exact phrase. A page must match every word and phrase.
 */

export interface QueryTerm {
  /** The word, or the phrase without its quotes, as typed. */
  text: string;
  kind: 'word' | 'phrase';
  /** A word that may match as the beginning of a longer word. */
  prefix: boolean;
}

/**
 * The shortest word that may match as a beginning. Shorter prefixes match
 * too much to mean anything ("ab" begins a hundred words), and a reader who
 * typed two letters has not asked yet.
 */
export const MIN_PREFIX = 3;

/** Letters of scripts written without spaces between words (Han, kana, Hangul): such a word only matches whole. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A word as the index compares it: lower case, without punctuation (Pagefind
 * drops dashes, brackets, quotes and other punctuation from queries) and
 * without diacritics.
 */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .toLocaleLowerCase();
}

export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    const key = `${term.kind}:${normalizeWord(term.text)}`;
    if (!normalizeWord(term.text) || seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  // Phrases first: "…" (straight or curly quotes), then the words outside them.
  const rest = q.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    const words = phrase
      .trim()
      .split(/\s+/)
      .filter((w) => normalizeWord(w));
    if (words.length > 1) add({ text: words.join(' '), kind: 'phrase', prefix: false });
    else if (words.length === 1) add({ text: words[0]!, kind: 'word', prefix: false });
    return ' ';
  });
  for (const word of rest.split(/\s+/)) {
    const norm = normalizeWord(word);
    if (norm) add({ text: word, kind: 'word', prefix: !CJK.test(norm) && [...norm].length >= MIN_PREFIX });
  }
  return terms;
}

/** The words of a query still being typed that are worth work ahead of the search (client/staged-search.ts). */
export interface WordsAhead {
  /** Words followed by a space: the search will look each up exactly, so that can run now. */
  done: string[];
  /** The word being typed: its index chunk can be fetched. */
  typing: string[];
}

/**
 * Words worth work ahead, as typed (the search and Pagefind normalise
 * them): those of more than MIN_PREFIX letters, or in a script without
 * spaces. A shorter beginning ("s", "su") spans many chunks, and the reader
 * has not asked for any of them yet. Words inside quotes are left alone (a
 * phrase is searched as a whole).
 */
export function wordsAhead(typed: string): WordsAhead {
  const worth = (q: string) =>
    parseQuery(q)
      .filter((t) => t.kind === 'word' && (CJK.test(t.text) || [...normalizeWord(t.text)].length > MIN_PREFIX))
      .map((t) => t.text);
  if ((typed.match(/["“”]/g) ?? []).length > 0) return { done: [], typing: [] };
  const last = /\S+$/.exec(typed)?.[0] ?? '';
  return { done: worth(typed.slice(0, typed.length - last.length)), typing: worth(last) };
}
