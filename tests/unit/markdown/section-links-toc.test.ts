import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';
import { tocEntries, TOC_MIN_SECTIONS } from '../../../src/domain/toc.ts';

describe('rehypeSectionLinks', () => {
  it('gives each H2/H3 one link to its own anchor, outside the heading', async () => {
    const html = (await renderMarkdown('## First part\n\nText.\n\n### A detail\n\nMore.\n\n#### Deeper\n')).replace(/\n/g, '');
    expect(html).toContain(
      '<div class="heading heading-h2"><h2 id="first-part">First part</h2><a class="section-link" href="#first-part" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Link to section: First part</span></a></div>',
    );
    expect(html).toContain('<div class="heading heading-h3"><h3 id="a-detail">A detail</h3><a class="section-link" href="#a-detail"');
    expect(html).toContain('<h4 id="deeper">Deeper</h4>');
    expect(html.match(/class="section-link"/g)).toHaveLength(2);
  });
  it('leaves box labels alone (key points, footnotes)', async () => {
    const html = await renderMarkdown(':::key-points\n- a\n- b\n- c\n:::\n\nText.[^1]\n\n[^1]: Note.');
    expect(html).not.toContain('href="#key-points"');
    expect(html).not.toContain('href="#footnote-label"');
  });
});

describe('tocEntries', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });
  it('nests H3s under their H2 and skips box labels', () => {
    const toc = tocEntries([h(2, 'key-points'), h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c'), h(4, 'c-deep'), h(2, 'd'), h(2, 'footnote-label')]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
      { slug: 'c', text: 'C', children: [] },
      { slug: 'd', text: 'D', children: [] },
    ]);
  });
  it('is null for short articles', () => {
    expect(tocEntries(Array.from({ length: TOC_MIN_SECTIONS - 1 }, (_, i) => h(2, `s${i}`)))).toBeNull();
  });
});
