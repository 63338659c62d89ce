import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../../src/build/verify/internal-links.ts';
import { tempTree } from '../../support/file-tree.ts';

const site = (files: Record<string, string>) => tempTree('links-', files);

describe('findBrokenLinks', () => {
  it('passes a site whose links and fragments all resolve', () => {
    const dir = site({
      'index.html':
        '<a href="/a/">a</a><a href="/a/#sec-1">s</a><a href="#top">t</a><b id="top"></b><link href="/favicon.svg"><a href="https://example.com/x">x</a>',
      'a/index.html': '<h2 id="sec-1">S</h2><a href="../">home</a><a href="/search/?q=x">q</a>',
      'search/index.html': '',
      'favicon.svg': '<svg/>',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });
  it('reports missing pages and missing fragments with the page that links', () => {
    const dir = site({
      'index.html': '<a href="/missing/">m</a><a href="/a/#nope">n</a><img src="/nope.png">',
      'a/index.html': '<h2 id="yes">Y</h2>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: 'index.html', href: '/missing/', reason: 'no such page' },
      { page: 'index.html', href: '/a/#nope', reason: 'no such fragment' },
      { page: 'index.html', href: '/nope.png', reason: 'no such page' },
    ]);
  });
});
