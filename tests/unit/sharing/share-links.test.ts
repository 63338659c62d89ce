import { describe, expect, it } from 'vitest';
import { shareLinks, textFragment } from '../../../src/sharing/share-links.ts';

const url = 'https://backstory.example/articles/kim-jong-un-japan-summit/';
const title = 'Why North Korea says Kishida wants a summit, & why "it" shut the door';

describe('share links', () => {
  const links = Object.fromEntries(shareLinks(url, title).map((l) => [l.name, new URL(l.href)]));
  it('offers email, X, Bluesky, LinkedIn, WhatsApp and Reddit', () => {
    expect(Object.keys(links)).toEqual(['Email', 'X', 'Bluesky', 'LinkedIn', 'WhatsApp', 'Reddit']);
  });
  it('encodes every parameter so it decodes back to the exact title and URL', () => {
    expect(links['X']!.searchParams.get('text')).toBe(title);
    expect(links['X']!.searchParams.get('url')).toBe(url);
    expect(links['Reddit']!.searchParams.get('title')).toBe(title);
    expect(links['LinkedIn']!.searchParams.get('url')).toBe(url);
    expect(links['Bluesky']!.searchParams.get('text')).toBe(`${title} ${url}`);
    expect(links['WhatsApp']!.searchParams.get('text')).toBe(`${title} ${url}`);
    expect(links['Email']!.protocol).toBe('mailto:');
    expect(decodeURIComponent(links['Email']!.href.split('subject=')[1]!.split('&')[0]!)).toBe(title);
    for (const l of shareLinks(url, title)) expect(l.href).not.toMatch(/[ "]/);
  });
});

describe('text fragments', () => {
  it('links a short quote whole, with the reserved characters encoded', () => {
    expect(textFragment('  the one-time  summit, in 2002 & after ')).toBe('#:~:text=the%20one%2Dtime%20summit%2C%20in%202002%20%26%20after');
  });
  it('links a long quote by its first and last four words', () => {
    const quote = 'North Korea said that Prime Minister Fumio Kishida had asked, through another channel, to meet Kim Jong Un as soon as possible.';
    expect(textFragment(quote)).toBe('#:~:text=North%20Korea%20said%20that,as%20soon%20as%20possible.');
  });
  it('links a quote with source markers inside by the edges of its first and last runs, never across a marker', () => {
    // "…as soon as possible.[3] Tokyo did not confirm it." selected whole: the marker splits it in two runs.
    expect(textFragment(['North Korea said that Kishida', ' asked to meet. ', 'Tokyo did not confirm it.'])).toBe(
      '#:~:text=North%20Korea%20said%20that,did%20not%20confirm%20it.',
    );
    // Short, but a marker inside: a whole-quote term would have to match across it.
    expect(textFragment(['He said so,', ' twice.'])).toBe('#:~:text=He%20said%20so%2C,twice.');
    expect(textFragment(['Only this run.', '  '])).toBe('#:~:text=Only%20this%20run.');
  });
  it('keeps Korean and Japanese text', () => {
    expect(decodeURIComponent(textFragment('김정은 岸田文雄')!.slice(9))).toBe('김정은 岸田文雄');
  });
  it('has nothing for an empty selection', () => {
    expect(textFragment('   ')).toBeUndefined();
  });
});
