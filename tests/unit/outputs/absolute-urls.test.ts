import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { absoluteUrls } from '../../../src/outputs/absolute-urls.ts';

const page = 'https://example.org/articles/a/';
const absolute = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  absoluteUrls(tree, page);
  return toHtml(tree);
};

describe('absoluteUrls', () => {
  it('resolves site paths and fragments against the page, and leaves absolute URLs alone', () => {
    expect(
      absolute(
        '<a href="/topics/japan/">J</a> <a href="#key-points">K</a> <a href="https://x.org/">X</a> <a href="mailto:a@b.c">M</a> <a href="//cdn.example/x">P</a>',
      ),
    ).toBe(
      '<a href="https://example.org/topics/japan/">J</a> <a href="https://example.org/articles/a/#key-points">K</a> <a href="https://x.org/">X</a> <a href="mailto:a@b.c">M</a> <a href="//cdn.example/x">P</a>',
    );
  });
  it('resolves image sources and every srcset candidate', () => {
    expect(absolute('<img src="/_astro/a.webp" srcset="/_astro/a-480.webp 480w, /_astro/a-960.webp 960w">')).toBe(
      '<img src="https://example.org/_astro/a.webp" srcset="https://example.org/_astro/a-480.webp 480w, https://example.org/_astro/a-960.webp 960w">',
    );
  });
  it('keeps an ampersand in a query an ampersand (escaped once when written out)', () => {
    expect(absolute('<a href="/search/?q=a&amp;topic=b">S</a>')).toBe('<a href="https://example.org/search/?q=a&#x26;topic=b">S</a>');
  });
  it('finds links by element, not by pattern: text that shows href="/x" is left alone', () => {
    expect(absolute('<p>Write <code>href="/x/"</code> for a link.</p>')).toBe('<p>Write <code>href="/x/"</code> for a link.</p>');
  });
});
