/** Average adult reading speed for news prose (words per minute). */
export const WORDS_PER_MINUTE = 238;

// Korean and Japanese text is not space-delimited the way English is: count
// each Han/Kana character and each Hangul block group as reading units so a
// CJK-heavy passage does not read as "one word".
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** One test for the common case, text with no CJK at all, which then needs neither the count nor the copy. */
const HAS_CJK = new RegExp(CJK_CHAR.source, 'u');
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface ReadingStats {
  /** Words in the body, with CJK characters counted one each. */
  wordCount: number;
  /** Whole minutes, never less than 1. */
  readingMinutes: number;
}

export function readingStats(text: string): ReadingStats {
  const cjk = HAS_CJK.test(text) ? text.match(CJK_CHAR)!.length : 0;
  const words = (cjk ? text.replace(CJK_CHAR, ' ') : text).match(WORD)?.length ?? 0;
  const wordCount = words + cjk;
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
