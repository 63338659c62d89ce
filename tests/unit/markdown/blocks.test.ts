import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

const squash = (html: string) => html.replace(/\n/g, '');

describe(':::key-points', () => {
  it('renders a labelled summary box with an anchor', async () => {
    const html = squash(await renderMarkdown(':::key-points\n- One\n- Two\n- Three\n:::\n\nBody.'));
    expect(html).toContain('<aside class="key-points" aria-labelledby="key-points"><h2 id="key-points">Key points</h2><ul><li>One</li>');
  });
  it('needs 3 to 5 bullets', async () => {
    await expect(renderMarkdown(':::key-points\n- One\n- Two\n:::')).rejects.toThrow(
      /<markdown>:1: ":::key-points" holds 2 bullet\(s\)\. Fix: put exactly one bulleted list of 3 to 5 points/,
    );
    await expect(renderMarkdown(':::key-points\n- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n:::')).rejects.toThrow(/holds 6 bullet/);
  });
});

describe('labelled sections', () => {
  it('give each section its fixed heading and anchor', async () => {
    const html = squash(await renderMarkdown(':::whats-next\nWatch the talks.\n:::\n\n:::why-it-matters\nBecause.\n\n### Detail\n\nMore.\n:::'));
    expect(html).toMatch(
      /<section class="labelled labelled-whats-next" aria-labelledby="whats-next"><div class="heading heading-h2"><h2 id="whats-next">What’s next<\/h2>.*?<\/div><p>Watch the talks.<\/p><\/section>/,
    );
    expect(html).toMatch(/<h2 id="why-it-matters">Why it matters<\/h2>.*?<\/div><p>Because.<\/p><div class="heading heading-h3"><h3 id="detail">Detail<\/h3>/);
  });
  it('refuse a second use and a level-2 heading inside', async () => {
    await expect(renderMarkdown(':::background\nA\n:::\n\n:::background\nB\n:::')).rejects.toThrow(/<markdown>:5: ":::background" appears twice/);
    await expect(renderMarkdown(':::background\n## Inner\n:::')).rejects.toThrow(/contains a level-2 heading/);
  });
});

describe(':::question', () => {
  it('makes the question a heading with an id from its text', async () => {
    const html = squash(await renderMarkdown(':::question[What did *Pyongyang* ask for?]\nTwo things.\n:::'));
    expect(html).toMatch(
      /<section class="question"><div class="heading heading-h2"><h2 id="what-did-pyongyang-ask-for">What did <em>Pyongyang<\/em> ask for\?<\/h2>.*?<\/div><p>Two things.<\/p><\/section>/,
    );
  });
  it('needs a question and an answer', async () => {
    await expect(renderMarkdown(':::question\nAnswer.\n:::')).rejects.toThrow(/has no question/);
    await expect(renderMarkdown(':::question[Why?]\n:::')).rejects.toThrow(/has no answer/);
  });
});

describe(':::facts', () => {
  it('renders an aside named by its title', async () => {
    const html = squash(await renderMarkdown(':::facts[The abductions in numbers]\n- 17 recognised\n- 5 returned\n:::'));
    expect(html).toContain('<aside class="fact-box" aria-label="The abductions in numbers"><p class="fact-box-title">The abductions in numbers</p><ul>');
  });
  it('needs a title', async () => {
    await expect(renderMarkdown(':::facts\n- 1\n:::')).rejects.toThrow(/":::facts" has no title/);
  });
});

describe(':::timeline', () => {
  it('renders an ordered list of dated entries with <time>', async () => {
    const html = squash(await renderMarkdown(':::timeline[Contacts since 2002]\n- 2002-09-17: First summit.\n- 2004-05: Second visit.\n- 2008: Talks.\n:::'));
    expect(html).toContain(
      '<figure class="timeline" aria-label="Contacts since 2002"><figcaption class="kicker">Contacts since 2002</figcaption><ol class="timeline-list">',
    );
    expect(html).toContain(
      '<li><time datetime="2002-09-17" class="timeline-date">17 September 2002</time><span class="visually-hidden">: </span>First summit.</li>',
    );
    expect(html).toContain('<time datetime="2004-05" class="timeline-date">May 2004</time><span class="visually-hidden">: </span>Second visit.');
    expect(html).toContain('<time datetime="2008" class="timeline-date">2008</time><span class="visually-hidden">: </span>Talks.');
  });
  it('refuses an entry without a valid date, and entries out of order', async () => {
    await expect(renderMarkdown(':::timeline\n- 2002-09-17: Fine.\n- Sometime: No date.\n:::')).rejects.toThrow(
      /<markdown>:3: timeline entry "Sometime: No date\." does not start with a valid date\. Fix: start it with YYYY-MM-DD/,
    );
    await expect(renderMarkdown(':::timeline\n- 2002-02-30: Impossible.\n:::')).rejects.toThrow(/does not start with a valid date/);
    await expect(renderMarkdown(':::timeline\n- 2004: Later.\n- 2002: Earlier.\n:::')).rejects.toThrow(/comes after a later date/);
  });
});

describe('directive guard', () => {
  it('keeps colons in prose as written', async () => {
    const html = await renderMarkdown('At 10:30 on Note:this day, see http://example.com/a:b and :b[c]{d=e}.');
    expect(html).toContain(
      'At 10:30 on Note:this day, see <a href="http://example.com/a:b" data-pagefind-ignore="">http://example.com/a:b</a> and :b[c]{d=e}.',
    );
  });
  it('refuses unknown and unclosed blocks', async () => {
    await expect(renderMarkdown('Intro.\n\n:::keypoints\n- a\n:::')).rejects.toThrow(
      /<markdown>:3: ":::keypoints" is not a block we know\. Fix: known blocks are :::key-points/,
    );
    await expect(renderMarkdown(':::background\nText that never ends.\n\nMore.')).rejects.toThrow(/":::background" is never closed.*add a line ":::"/);
    await expect(renderMarkdown('::note\n')).rejects.toThrow(/"::note" is not a block we know/);
  });
  it('refuses a citation, mention or date straight after a colon, which parsers read differently', async () => {
    const fix = /<markdown>:3: ":cite\[…\]" straight after a colon .*Fix: put a word or a space between the colon and ":cite\[…\]"/;
    await expect(renderMarkdown('Intro.\n\nIt set out a path towards normal relations::cite[ap]\n\n- one')).rejects.toThrow(fix);
    await expect(renderMarkdown('Intro.\n\nIt set out a path towards normal relations\\::cite[ap]\n\n- one')).rejects.toThrow(fix);
    await expect(renderMarkdown('Intro.\n\nThe declaration:cite[ap] set out a path:\n\n- one')).resolves.toContain('<sup class="cite"');
  });
});
