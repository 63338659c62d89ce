import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

const levels = async (md: string) => [...(await renderMarkdown(md)).matchAll(/<h(\d)[ >]/g)].map((m) => Number(m[1]));

describe('body heading levels', () => {
  it('leave a body that starts at ## as it is', async () => {
    expect(await levels('## A\n\n### B\n\n## C')).toEqual([2, 3, 2]);
  });
  it('turn a # in the body into h2 (the page has one h1: the headline), and so on down', async () => {
    expect(await levels('# A\n\n## B\n\n### C\n\n# D')).toEqual([2, 3, 4, 2]);
  });
  it('close skipped levels', async () => {
    expect(await levels('## A\n\n#### B\n\n###### C\n\n### D\n\n## E')).toEqual([2, 3, 4, 3, 2]);
  });
  it('start a body whose first heading is deep at h2', async () => {
    expect(await levels('#### A\n\n## B\n\n### C')).toEqual([2, 2, 3]);
  });
});

describe('empty headings', () => {
  it('are refused with the line', async () => {
    await expect(renderMarkdown('Intro.\n\n##\n\nText.')).rejects.toThrow(/<markdown>:3: the heading is empty\. Fix: write its text/);
  });
});
