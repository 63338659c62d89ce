import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders Markdown with the site's own processor (the plugins and their order
 * from astro.config.mjs), as an article body is rendered in a build.
 */
export async function renderMarkdown(markdown: string, fileURL?: URL): Promise<string> {
  const processor = config.markdown?.processor;
  if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
  // The same shared settings a build passes (syntax highlighting off).
  renderer ??= processor.createRenderer({ syntaxHighlight: config.markdown?.syntaxHighlight } as Parameters<typeof processor.createRenderer>[0]);
  return (await (await renderer).render(markdown, fileURL ? { fileURL } : undefined)).code;
}

/** Renders Markdown as renderMarkdown does, and returns what the plugins recorded too (markdown/facts.ts). */
export async function renderMarkdownWithFacts(markdown: string, fileURL?: URL) {
  const { readFacts } = await import('../../src/markdown/facts.ts');
  const processor = config.markdown?.processor;
  if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
  renderer ??= processor.createRenderer({ syntaxHighlight: config.markdown?.syntaxHighlight } as Parameters<typeof processor.createRenderer>[0]);
  const result = await (await renderer).render(markdown, fileURL ? { fileURL } : undefined);
  return { html: result.code, facts: readFacts(result.metadata as Record<string, unknown>) };
}
