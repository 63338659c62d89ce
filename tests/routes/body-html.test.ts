import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { settings } from '../../src/config/env.ts';

vi.mock('astro:content', async () => (await import('./content.ts')).mockedAstroContent({}));

const { bodyHtml } = await import('../../src/data/render.ts');
const { article } = await import('./content.ts');

describe('an entry body read from its body file', () => {
  it('is the HTML the loader stored for it', () => {
    expect(bodyHtml(article('kept', { title: 'T', description: 'D', publishedAt: '2024-03-20', topics: ['japan'] }) as never)).toBe('<p>kept</p>');
  });

  it('gone from the cache, stops the build with the file and the fix', () => {
    const entry = article('removed', { title: 'T', description: 'D', publishedAt: '2024-03-20', topics: ['japan'] });
    rmSync(join(settings.bodyFilesDir, entry.rendered.metadata.bodyFile));
    expect(() => bodyHtml(entry as never)).toThrow(
      /^content\/articles\/removed\.md: its rendered body \(articles\/removed\.test\.html\) is missing from .*Fix: build again/,
    );
  });

  it('not named at all (an entry some other loader stored), says so', () => {
    const entry = { ...article('inline', { title: 'T', description: 'D', publishedAt: '2024-03-20', topics: ['japan'] }), rendered: { html: '<p>x</p>' } };
    expect(() => bodyHtml(entry as never)).toThrow(/content\/articles\/inline\.md: the content store names no body file/);
  });
});
