import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { renderMarkdown } from '../../support/render-markdown.ts';
import { fillCardSlots, type CardEntity } from '../../../src/markdown/mention-cards.ts';

const kim: CardEntity = {
  name: 'Kim Jong Un',
  native: { text: '김정은', lang: 'ko' },
  kind: 'person',
  role: 'Leader of North Korea',
  summary: 'A <summary> with "quotes" & ampersands.',
};
const entities = new Map([['kim-jong-un', kim]]);

describe('remarkEntityMentions', () => {
  it('links the first mention of an entity, leaves a card slot after it, and makes later mentions plain text; ordinary colons stay', async () => {
    const html = await renderMarkdown('At 10:30, :entity[Kim Jong Un]{#kim-jong-un} spoke; later :entity[Kim]{#kim-jong-un} again.');
    expect(html).toBe(
      '<p>At 10:30, <span class="mention"><a href="/entities/kim-jong-un/">Kim Jong Un</a><!--backstory-card:kim-jong-un--></span> spoke; later Kim again.</p>',
    );
  });
  it('refuses a mention without a valid slug', async () => {
    await expect(renderMarkdown('Text :entity[Kim Jong Un] here.')).rejects.toThrow(
      /<markdown>:1: the mention ":entity\[Kim Jong Un\]" has no valid entity slug\. Fix: write :entity\[Kim Jong Un\]\{#kim-jong-un\}/,
    );
    await expect(renderMarkdown('Text :entity[Kim]{#Kim_Jong} here.')).rejects.toThrow(/no valid entity slug/);
  });
  it('nests raw HTML in the label inside the link, as the README tells editors to write it', async () => {
    const html = fillCardSlots(await renderMarkdown('Leader :entity[Kim Jong Un (<span lang="ko">김정은</span>)]{#kim-jong-un} spoke.'), entities);
    const tree = fromHtml(html, { fragment: true });
    const link = select('.mention > a', tree)!;
    expect(toString(link)).toBe('Kim Jong Un (김정은)');
    expect(select('span[lang="ko"]', link)).toBeTruthy();
    // The card follows the link inside the mention, not inside the native-script span.
    expect(selectAll('.mention > button.context-card-button', tree)).toHaveLength(1);
    expect(select('span[lang="ko"] button', tree)).toBeUndefined();
    expect(html).toContain('<a href="/entities/kim-jong-un/">Kim Jong Un (<span lang="ko">김정은</span>)</a><button');
  });
});

describe('fillCardSlots', () => {
  const html = fillCardSlots(
    '<p>First <span class="mention"><a href="/entities/kim-jong-un/">Kim Jong Un</a><!--backstory-card:kim-jong-un--></span>, and <span class="mention"><a href="/entities/nobody/">Nobody</a><!--backstory-card:nobody--></span>.</p>',
    entities,
  );
  it('puts a popover card after the first mention, opened by a button', () => {
    expect(html).toContain(
      '<a href="/entities/kim-jong-un/">Kim Jong Un</a><button type="button" class="context-card-button" popovertarget="context-card-kim-jong-un" aria-label="About Kim Jong Un" data-pagefind-ignore>',
    );
    expect(html).toContain('<span popover id="context-card-kim-jong-un" class="context-card" data-pagefind-ignore>');
    expect(html).toContain('<span class="context-card-native" lang="ko">김정은</span>');
    expect(html.match(/popover id=/g)).toHaveLength(1);
  });
  it('escapes entity text', () => {
    const summary = select('.context-card-summary', fromHtml(html, { fragment: true }))!;
    expect(toString(summary)).toBe(kim.summary);
    expect(html).not.toContain('<summary>');
  });
  it('leaves the slot of an entity it does not know empty', () => {
    expect(html).toContain('<a href="/entities/nobody/">Nobody</a></span>.');
  });
  it('keeps the card phrasing content, valid inside a paragraph', () => {
    const card = html.slice(html.indexOf('<span class="mention">'), html.indexOf(', and'));
    expect(card).not.toMatch(/<(p|div|h\d|ul|ol|section|aside)[\s>]/);
  });
});
