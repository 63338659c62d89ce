import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { renderMarkdownWithFacts } from '../../support/render-markdown.ts';

const body = [
  ':::key-points',
  '- A point.:cite[ap]',
  '- Another.',
  '- A third.',
  ':::',
  '',
  'An opening claim,:cite[reuters] and another.:cite[ap, kcna]',
  '',
  '## Deadly clashes',
  '',
  'A clash.:cite[reuters] Another clash.:cite[reuters]',
  '',
  ':::timeline',
  '- 2002-06-29: Six sailors killed.:cite[yonhap]',
  ':::',
].join('\n');

describe('remarkCitations', () => {
  it('numbers sources in the order of first citation and links each marker to its entry', async () => {
    const { html } = await renderMarkdownWithFacts(body);
    const refs = selectAll('sup.cite a.cite-ref', fromHtml(html, { fragment: true }));
    expect(refs.map((a) => [a.properties['href'], a.properties['id']])).toEqual([
      ['#source-ap', 'cite-ap-1'],
      ['#source-reuters', 'cite-reuters-1'],
      ['#source-ap', 'cite-ap-2'],
      ['#source-kcna', 'cite-kcna-1'],
      ['#source-reuters', 'cite-reuters-2'],
      ['#source-reuters', 'cite-reuters-3'],
      ['#source-yonhap', 'cite-yonhap-1'],
    ]);
    expect(html).toContain(
      '<sup class="cite" data-pagefind-ignore=""><a href="#source-ap" id="cite-ap-2" class="cite-ref"><span class="visually-hidden">Source </span>1</a>, <a href="#source-kcna" id="cite-kcna-1" class="cite-ref"><span class="visually-hidden">Source </span>3</a></sup>',
    );
  });
  it('records each citation with its number, line and section, key points apart', async () => {
    const { facts } = await renderMarkdownWithFacts(body);
    expect(facts.citations.map((c) => `${c.id} ${c.n} :${c.line} ${c.section}`)).toEqual([
      'ap 1 :2 Key points',
      'reuters 2 :7 the opening',
      'ap 1 :7 the opening',
      'kcna 3 :7 the opening',
      'reuters 2 :11 Deadly clashes',
      'reuters 2 :11 Deadly clashes',
      'yonhap 4 :14 Deadly clashes',
    ]);
  });
  it('leaves markers out of the words other pages and the index read', async () => {
    const { facts } = await renderMarkdownWithFacts(body);
    expect(facts.timeline).toEqual([{ date: '2002-06-29', text: 'Six sailors killed.' }]);
  });
  it('refuses a citation that names no source id, at its line', async () => {
    const { renderMarkdown } = await import('../../support/render-markdown.ts');
    await expect(renderMarkdown('Text.\n\nA claim.:cite[AP 2024]')).rejects.toThrow(
      /<markdown>:3: the citation ":cite\[AP, 2024\]" has "AP", which is not a source id\. Fix: write :cite\[ap-2024\]/,
    );
    await expect(renderMarkdown('A claim.:cite[]')).rejects.toThrow(/names no source/);
  });
});
