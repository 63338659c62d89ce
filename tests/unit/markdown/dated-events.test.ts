import { describe, expect, it } from 'vitest';
import { renderMarkdownWithFacts, renderMarkdown } from '../../support/render-markdown.ts';

describe('remarkDatedEvents', () => {
  it('shows the date in house style in a <time>, and records its sentence without the leading "On <date>,"', async () => {
    const { html, facts } = await renderMarkdownWithFacts(
      'Tension rose. On :date[2024-01-15], :entity[Kim Jong Un]{#kim-jong-un} told parliament the line was void.:cite[kcna] Nobody agreed.\n\nIn :date[2011-12] he took power.',
    );
    expect(html).toContain('On <time datetime="2024-01-15">15 January 2024</time>, <button');
    expect(html).toContain('In <time datetime="2011-12">December 2011</time> he took power.');
    expect(facts.events).toEqual([
      { date: '2024-01-15', text: 'Kim Jong Un told parliament the line was void.' },
      { date: '2011-12', text: 'In December 2011 he took power.' },
    ]);
  });
  it('leaves timeline blocks to their own facts', async () => {
    const { facts } = await renderMarkdownWithFacts(':::timeline\n- 2002-09-17: First summit, see :date[2002-09-17].\n:::');
    expect(facts.events).toEqual([]);
  });
  it('refuses a date that is not one, at its line', async () => {
    await expect(renderMarkdown('One.\n\nOn :date[15 January 2024], it rained.')).rejects.toThrow(
      /<markdown>:3: ":date\[15 January 2024\]" is not a date\. Fix: write the date as YYYY-MM-DD/,
    );
    await expect(renderMarkdown('On :date[2024-02-30], it rained.')).rejects.toThrow(/is not a date/);
  });
});
