import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

const squash = (html: string) => html.replace(/\n/g, '');

describe(':::figure', () => {
  it('wraps one image in a figure with its caption and credit', async () => {
    const html = squash(
      await renderMarkdown(':::figure{credit="Backstory graphic"}\n![A map of the sea](./map.svg)\n\nThe line *runs* west.\n\nSecond line.\n:::'),
    );
    expect(html).toMatch(/^<figure class="figure"><div class="figure-media"><img [^>]*alt="A map of the sea"[^>]*><\/div>/);
    expect(html).toContain(
      '<figcaption><span class="figure-caption">The line <em>runs</em> west.</span><br><span class="figure-caption">Second line.</span> <span class="figure-credit">Backstory graphic</span></figcaption></figure>',
    );
  });

  it('refuses a figure without credit, image or caption, with the line and a fix', async () => {
    await expect(renderMarkdown('Intro.\n\n:::figure\n![A map](./m.svg)\n\nCaption.\n:::')).rejects.toThrow(
      /<markdown>:3: ":::figure" has no credit\. Fix: say who made or owns the image/,
    );
    await expect(renderMarkdown(':::figure{credit="X"}\nCaption only.\n:::')).rejects.toThrow(
      /does not start with an image on its own line\. Fix: write a figure as/,
    );
    await expect(renderMarkdown(':::figure{credit="X"}\n![A map](./m.svg)\n:::')).rejects.toThrow(/has no caption/);
    await expect(renderMarkdown(':::figure{credit="X"}\n![A](./a.svg)\n\n![B](./b.svg)\n:::')).rejects.toThrow(/more than one image/);
  });
});

describe('image alt text', () => {
  it('is required on every image, inside a figure or not', async () => {
    await expect(renderMarkdown('Para.\n\nText ![](./x.png) here.')).rejects.toThrow(
      /<markdown>:3: the image "\.\/x\.png" has no alt text\. Fix: describe what it shows/,
    );
    await expect(renderMarkdown(':::figure{credit="X"}\n![ ](./m.svg)\n\nCaption.\n:::')).rejects.toThrow(/has no alt text/);
  });
  it('keeps an image with alt text as an image, sized for the text column', async () => {
    const html = await renderMarkdown('![A chart](./c.png)');
    expect(html).toContain('alt="A chart"');
    expect(html).toContain('(min-width: 50rem) 45rem, 100vw');
  });
});

describe('image sources', () => {
  it('must be local files: no remote or absolute URLs', async () => {
    await expect(renderMarkdown('![A chart](https://example.org/c.png)')).rejects.toThrow(
      /"https:\/\/example\.org\/c\.png" is on another server\. Fix: save it under content\/images\//,
    );
    await expect(renderMarkdown('![A chart](//cdn.example.org/c.png)')).rejects.toThrow(/on another server/);
    await expect(renderMarkdown('![A chart](/c.png)')).rejects.toThrow(/has an absolute path/);
  });
});

describe('loading', () => {
  it('is eager for an image at the very top of the body and lazy further down', async () => {
    const html = await renderMarkdown('![Top image](./a.png)\n\nOne.\n\nTwo.\n\nThree.\n\n![Lower image](./b.png)');
    expect(html).toMatch(/<img[^>]*alt="Top image"[^>]*loading="eager"|<img[^>]*loading="eager"[^>]*alt="Top image"/);
    expect(html).toMatch(/<img[^>]*alt="Lower image"[^>]*loading="lazy"|<img[^>]*loading="lazy"[^>]*alt="Lower image"/);
  });
});

describe('reference-style images', () => {
  it('need alt text and a local file, like inline ones', async () => {
    await expect(renderMarkdown('Intro.\n\n![][map]\n\n[map]: ./map.svg')).rejects.toThrow(/<markdown>:3: the image "\.\/map\.svg" has no alt text/);
    await expect(renderMarkdown('![A map][map]\n\n[map]: https://example.org/map.png')).rejects.toThrow(/is on another server/);
    await expect(renderMarkdown('![A map][map]\n\n[map]: /map.png')).rejects.toThrow(/has an absolute path/);
  });
});
