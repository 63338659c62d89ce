/**
 * The site's Markdown processor: Astro's unified() engine with our plugins,
 * in order. astro.config.mjs uses it, and so does the Markdown worker
 * (src/lib/content/markdown-worker.ts), so both render the same way.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import { remarkSmartypants } from './remark-smartypants.ts';
import { remarkDirectiveGuard } from './remark-directive-guard.ts';
import { remarkTimeline } from './remark-timeline.ts';
import { remarkExplainerBlocks } from './remark-explainer-blocks.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkEntityMentions } from './remark-entity-mentions.ts';
import { remarkFigures } from './remark-figures.ts';
import { remarkHeadingLevels } from './remark-heading-levels.ts';
import { remarkRawHtmlPolicy } from './remark-raw-html-policy.ts';
import { remarkArticleLinks } from './remark-article-links.ts';
import { rehypeSectionLinks } from './rehype-section-links.ts';

export const markdownProcessor = unified({
  // Astro's SmartyPants is replaced by our copy, which gives the same result
  // in half the time (remark-smartypants.ts); it runs where Astro's would,
  // first after GFM.
  smartypants: false,
  // Order matters: parse :::blocks, check them, then render each kind.
  remarkPlugins: [remarkSmartypants, remarkDirective, remarkDirectiveGuard, remarkRawHtmlPolicy, remarkTimeline, remarkExplainerBlocks, remarkHeadingLevels, remarkFigures, remarkArticleLinks, remarkEntityMentions, remarkReadingTime],
  rehypePlugins: [rehypeSlug, rehypeSectionLinks],
});
