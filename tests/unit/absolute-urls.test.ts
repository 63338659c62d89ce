import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../src/outputs/absolute-urls.ts';
import { mentionsAsLinks } from '../../src/markdown/mention-cards.ts';

const page = 'https://example.org/articles/a/';

describe('absoluteUrls', () => {
  it('resolves site paths and fragments against the page, and leaves absolute URLs alone', () => {
    expect(absoluteUrls('<a href="/topics/japan/">J</a> <a href="#key-points">K</a> <a href="https://x.org/">X</a> <a href="mailto:a@b.c">M</a>', page)).toBe(
      '<a href="https://example.org/topics/japan/">J</a> <a href="https://example.org/articles/a/#key-points">K</a> <a href="https://x.org/">X</a> <a href="mailto:a@b.c">M</a>',
    );
  });
  it('resolves image sources and every srcset candidate', () => {
    expect(absoluteUrls('<img src="/_astro/a.webp" srcset="/_astro/a-480.webp 480w, /_astro/a-960.webp 960w">', page)).toBe(
      '<img src="https://example.org/_astro/a.webp" srcset="https://example.org/_astro/a-480.webp 480w, https://example.org/_astro/a-960.webp 960w">',
    );
  });
  it('keeps escaped ampersands escaped', () => {
    expect(absoluteUrls('<a href="/search/?q=a&amp;topic=b">S</a>', page)).toBe('<a href="https://example.org/search/?q=a&amp;topic=b">S</a>');
  });
});

describe('mentionsAsLinks', () => {
  it('links the first mention of each entity, absolutely, and leaves later ones as text', () => {
    const html = '<p><span data-entity="kim-jong-un">Kim Jong Un</span> and <span data-entity="kim-jong-un">Kim</span></p>';
    expect(mentionsAsLinks(html, 'https://example.org')).toBe('<p><a href="https://example.org/entities/kim-jong-un/">Kim Jong Un</a> and Kim</p>');
  });
});
