import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { readingStats, WORDS_PER_MINUTE } from '../../../src/domain/reading-time.ts';
import { remarkReadingTime } from '../../../src/markdown/plugins/remark-reading-time.ts';

describe('readingStats', () => {
  it('counts words and rounds minutes at 238 wpm, never below one', () => {
    expect(WORDS_PER_MINUTE).toBe(238);
    expect(readingStats('one two three')).toEqual({ wordCount: 3, readingMinutes: 1 });
    expect(
      readingStats(
        Array(238 * 5)
          .fill('word')
          .join(' '),
      ).readingMinutes,
    ).toBe(5);
    expect(
      readingStats(
        Array(238 * 5 + 200)
          .fill('word')
          .join(' '),
      ).readingMinutes,
    ).toBe(6);
  });
  it('counts contractions and hyphenated words once, and each Han or Kana character', () => {
    expect(readingStats("Japan's well-known stance").wordCount).toBe(3);
    expect(readingStats('岸田文雄').wordCount).toBe(4);
    expect(readingStats('김정은 위원장').wordCount).toBe(2);
  });
});

describe('remarkReadingTime', () => {
  it('puts word count and minutes into the frontmatter Astro hands to pages', async () => {
    const file = new VFile({ value: '# Title\n\nSome *emphasised* words [with a link](https://example.com).' });
    file.data.astro = { frontmatter: { title: 'kept' } };
    const processor = unified().use(remarkParse).use(remarkReadingTime);
    await processor.run(processor.parse(file), file);
    expect(file.data.astro?.frontmatter).toEqual({ title: 'kept', wordCount: 7, readingMinutes: 1 });
  });
});
