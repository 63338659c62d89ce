import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import config from '../../astro.config.mjs';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/processor.ts';

type Shared = Parameters<ReturnType<typeof unified>['createRenderer']>[0];

/**
 * The reference the site's parser is held to: the same plugins, in the same
 * order, on remark-parse (micromark) with remark-directive and Astro's
 * remark-gfm, as the site rendered before it moved to Sätteri.
 */
export const referenceProcessor = unified({ smartypants: false, remarkPlugins: [remarkDirective, ...remarkPlugins], rehypePlugins });

let site: Promise<MarkdownRenderer> | undefined;
let reference: Promise<MarkdownRenderer> | undefined;
const shared = () => ({ syntaxHighlight: config.markdown?.syntaxHighlight }) as Shared;

export const siteRenderer = () => (site ??= config.markdown!.processor!.createRenderer(shared()));
export const referenceRenderer = () => (reference ??= referenceProcessor.createRenderer(shared()));
