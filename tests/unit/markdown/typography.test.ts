import { describe, expect, it } from 'vitest';
import { smartText } from '../../../src/markdown/typography.ts';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe('smartText', () => {
  it('curls quotes and apostrophes as the body does', async () => {
    const title = `Who is Kim Yo Jong, the voice of North Korea's messages to "Japan"?`;
    expect(smartText(title)).toBe('Who is Kim Yo Jong, the voice of North Korea’s messages to “Japan”?');
    const body = await renderMarkdown(title);
    expect(body).toBe(`<p>${smartText(title)}</p>`);
  });
  it('leaves text with nothing to change alone', () => {
    expect(smartText('The Northern Limit Line')).toBe('The Northern Limit Line');
  });
});
