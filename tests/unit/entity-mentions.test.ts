import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/render-markdown.ts';
import { expandMentions } from '../../src/markdown/mention-cards.ts';
import type { EntityData } from '../../src/content/schemas.ts';

const kim: EntityData = {
  name: 'Kim Jong Un',
  native: { text: '김정은', lang: 'ko' },
  kind: 'person',
  role: 'Leader of North Korea',
  summary: 'A <summary> with "quotes" & ampersands.',
  sources: ['KCNA, 16 January 2024'],
};

describe('remarkEntityMentions', () => {
  it('marks :entity[Name]{#slug} mentions and keeps ordinary colons', async () => {
    const html = await renderMarkdown('At 10:30, :entity[Kim Jong Un]{#kim-jong-un} spoke; later :entity[Kim]{#kim-jong-un} again.');
    expect(html).toContain('At 10:30, <span data-entity="kim-jong-un">Kim Jong Un</span> spoke; later <span data-entity="kim-jong-un">Kim</span> again.');
  });
  it('refuses a mention without a valid slug', async () => {
    await expect(renderMarkdown('Text :entity[Kim Jong Un] here.')).rejects.toThrow(/<markdown>:1: the mention ":entity\[Kim Jong Un\]" has no valid entity slug\. Fix: write :entity\[Kim Jong Un\]\{#kim-jong-un\}/);
    await expect(renderMarkdown('Text :entity[Kim]{#Kim_Jong} here.')).rejects.toThrow(/no valid entity slug/);
  });
});

describe('expandMentions', () => {
  const entities = new Map([['kim-jong-un', kim]]);
  const html = expandMentions(
    '<p>First <span data-entity="kim-jong-un">Kim Jong Un</span>, then <span data-entity="kim-jong-un">Kim</span>, and <span data-entity="nobody">Nobody</span>.</p>',
    entities,
  );
  it('turns the first mention into a link and a popover card, later ones into plain text', () => {
    expect(html).toContain('<span class="mention"><a href="/entities/kim-jong-un/">Kim Jong Un</a><button type="button" class="card-button" popovertarget="card-kim-jong-un" aria-label="About Kim Jong Un" data-pagefind-ignore>');
    expect(html).toContain('<span popover id="card-kim-jong-un" class="card" data-pagefind-ignore>');
    expect(html).toContain('<span class="card-native" lang="ko">김정은</span>');
    expect(html).toContain(', then Kim, and Nobody.</p>');
    expect(html.match(/popover id=/g)).toHaveLength(1);
  });
  it('escapes entity text', () => {
    expect(html).toContain('A &lt;summary&gt; with &quot;quotes&quot; &amp; ampersands.');
  });
  it('keeps the card phrasing content, valid inside a paragraph', () => {
    const card = html.slice(html.indexOf('<span class="mention">'), html.indexOf(', then'));
    expect(card).not.toMatch(/<(p|div|h\d|ul|ol|section|aside)[\s>]/);
  });
});
