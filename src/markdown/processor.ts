/**
 * The site's Markdown processor: Astro's unified() engine with our plugins,
 * in order. astro.config.mjs uses it, and so does the Markdown worker
 * (src/content/render-worker.ts), so both render the same way.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import { remarkSmartypants } from './plugins/remark-smartypants.ts';
import { remarkDirectiveGuard } from './plugins/remark-directive-guard.ts';
import { remarkTimeline } from './plugins/remark-timeline.ts';
import { remarkExplainerBlocks } from './plugins/remark-explainer-blocks.ts';
import { remarkReadingTime } from './plugins/remark-reading-time.ts';
import { remarkSpellingVariants } from './plugins/remark-spelling-variants.ts';
import { remarkEntityMentions } from './plugins/remark-entity-mentions.ts';
import { remarkCitations } from './plugins/remark-citations.ts';
import { remarkDatedEvents } from './plugins/remark-dated-events.ts';
import { remarkFigures } from './plugins/remark-figures.ts';
import { remarkHeadingLevels } from './plugins/remark-heading-levels.ts';
import { remarkRawHtmlPolicy } from './plugins/remark-raw-html-policy.ts';
import { remarkArticleLinks } from './plugins/remark-article-links.ts';
import { rehypeSectionLinks } from './plugins/rehype-section-links.ts';
import { rehypeSearchProse } from './plugins/rehype-search-prose.ts';

export const markdownProcessor = unified({
  // Astro's SmartyPants is replaced by our copy, which gives the same result
  // in half the time (remark-smartypants.ts); it runs where Astro's would,
  // first after GFM.
  smartypants: false,
  // Order matters: parse :::blocks, check them, then render each kind.
  remarkPlugins: [
    remarkSmartypants,
    remarkDirective,
    remarkDirectiveGuard,
    remarkRawHtmlPolicy,
    remarkTimeline,
    remarkExplainerBlocks,
    remarkHeadingLevels,
    remarkFigures,
    remarkArticleLinks,
    remarkEntityMentions,
    remarkDatedEvents,
    remarkCitations,
    remarkReadingTime,
    remarkSpellingVariants,
  ],
  rehypePlugins: [rehypeSlug, rehypeSectionLinks, rehypeSearchProse],
});
