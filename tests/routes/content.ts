/**
 * A small site's collections, as `astro:content` would return them after
 * the loader: what route and data tests mock it with.
 */
import { vi } from 'vitest';
import { articleSchema } from '../../src/content/schemas/article.ts';
import { bodyFiles, storedRender } from '../../src/content/body-files.ts';
import { settings } from '../../src/config/env.ts';
import type { MarkdownFacts } from '../../src/markdown/facts.ts';

type Data = Record<string, unknown>;

export function article(id: string, data: Data, facts: Partial<MarkdownFacts> = {}) {
  return {
    id,
    collection: 'articles',
    data: articleSchema.parse(data),
    digest: `digest-${id}`,
    filePath: `content/articles/${id}.md`,
    // As the loader stores it: the body in a file of its own.
    rendered: storedRender(
      { headings: [], frontmatter: { readingMinutes: 3, wordCount: 700, ...facts }, imagePaths: [] },
      bodyFiles(settings.bodyFilesDir, 'articles').write(id, `<p>${id}</p>`, 'test'),
    ),
  };
}

export const entry = (collection: string, id: string, data: Data) => ({
  id,
  collection,
  data,
  digest: `digest-${id}`,
  filePath: `content/${collection}/${id}.md`,
});

export async function mockedAstroContent(collections: Record<string, unknown[]>) {
  const actual = await vi.importActual<typeof import('astro:content')>('astro:content');
  return {
    ...actual,
    getCollection: async (name: string) => collections[name] ?? [],
    render: async () => ({ Content: () => null, headings: [], remarkPluginFrontmatter: {} }),
  };
}
