import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
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
  it('makes the first mention the button that opens its card, leaves the card slot after it, and later mentions plain text; ordinary colons stay', async () => {
    const html = await renderMarkdown('At 10:30, :entity[Kim Jong Un]{#kim-jong-un} spoke; later :entity[Kim]{#kim-jong-un} again.');
    expect(html).toBe(
      '<p>At 10:30, <button type="button" class="mention" popovertarget="context-card-kim-jong-un">Kim Jong Un</button><!--backstory-card:kim-jong-un--> spoke; later Kim again.</p>',
    );
  });
  it('refuses a mention without a valid slug, and a link inside a mention', async () => {
    await expect(renderMarkdown('Text :entity[Kim Jong Un] here.')).rejects.toThrow(
      /<markdown>:1: the mention ":entity\[Kim Jong Un\]" has no valid entity slug\. Fix: write :entity\[Kim Jong Un\]\{#kim-jong-un\}/,
    );
    await expect(renderMarkdown('Text :entity[Kim]{#Kim_Jong} here.')).rejects.toThrow(/no valid entity slug/);
    await expect(renderMarkdown('Text :entity[[Kim](https://example.com/)]{#kim-jong-un} here.')).rejects.toThrow(
      /<markdown>:1: the mention ":entity\[Kim\]" holds a link\. Fix: the name opens its context card/,
    );
  });
  it('nests raw HTML in the label inside the button, as the README tells editors to write it', async () => {
    const html = fillCardSlots(await renderMarkdown('Leader :entity[Kim Jong Un (<span lang="ko">김정은</span>)]{#kim-jong-un} spoke.'), entities);
    const tree = fromHtml(html, { fragment: true });
    const button = select('button.mention', tree)!;
    expect(toString(button)).toBe('Kim Jong Un (김정은)');
    expect(select('span[lang="ko"]', button)).toBeTruthy();
    // The card follows the button, not inside the native-script span.
    expect(select('span[lang="ko"] [popover]', tree)).toBeUndefined();
    expect(html).toContain(
      '<button type="button" class="mention" popovertarget="context-card-kim-jong-un">Kim Jong Un (<span lang="ko">김정은</span>)</button><span popover',
    );
  });
});

describe('fillCardSlots', () => {
  const html = fillCardSlots(
    '<p>First <button type="button" class="mention" popovertarget="context-card-kim-jong-un">Kim Jong Un</button><!--backstory-card:kim-jong-un-->, and <button type="button" class="mention" popovertarget="context-card-nobody">Nobody</button><!--backstory-card:nobody-->.</p>',
    entities,
  );
  it('puts the popover card after the first mention, with a link on to the entity page', () => {
    expect(html).toContain('<span popover id="context-card-kim-jong-un" class="context-card" role="dialog" aria-label="Kim Jong Un" data-pagefind-ignore>');
    expect(html).toContain('<span class="context-card-native" lang="ko">김정은</span>');
    expect(html).toContain('<a class="context-card-more" href="/entities/kim-jong-un/">Kim Jong Un: profile, timeline and explainers</a>');
    expect(html.match(/popover id=/g)).toHaveLength(1);
  });
  it('escapes entity text', () => {
    const summary = select('.context-card-summary', fromHtml(html, { fragment: true }))!;
    expect(toString(summary)).toBe(kim.summary);
    expect(html).not.toContain('<summary>');
  });
  it('leaves the slot of an entity it does not know empty', () => {
    expect(html).toContain('popovertarget="context-card-nobody">Nobody</button>.');
  });
  it('gives a corrected entity its new card, though the same entity before was served from the kept cards', () => {
    const slot = '<p><!--backstory-card:kim-jong-un--></p>';
    const first = fillCardSlots(slot, entities);
    expect(fillCardSlots(slot, entities)).toBe(first);
    const corrected = new Map([['kim-jong-un', { ...kim, role: 'General Secretary of the Workers’ Party of Korea' }]]);
    const again = fillCardSlots(slot, corrected);
    expect(again).toContain('General Secretary of the Workers’ Party of Korea');
    expect(again).not.toContain('Leader of North Korea');
    // The same entity under another slug links to that slug's page, not the first one's.
    expect(fillCardSlots('<!--backstory-card:kim-jong-il-->', new Map([['kim-jong-il', kim]]))).toContain('href="/entities/kim-jong-il/"');
  });
  it('keeps the card phrasing content, valid inside a paragraph', () => {
    const card = html.slice(html.indexOf('<span popover'), html.indexOf(', and'));
    expect(card).not.toMatch(/<(p|div|h\d|ul|ol|section|aside)[\s>]/);
  });
});
