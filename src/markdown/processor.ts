/**
 * The site's Markdown processor: Astro's unified() engine with our plugins,
 * in order, on Sätteri's parser (plugins/satteri-parser.ts). astro.config.mjs
 * uses it, and so does the Markdown worker (src/content/render-worker.ts), so
 * both render the same way. The plugin lists are exported so that the parser
 * differential test can run the same plugins on remark-parse.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { satteriParser } from './plugins/satteri-parser.ts';
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

/** Our remark plugins after parsing. Order matters: check :::blocks, then render each kind. */
export const remarkPlugins = [
  // Astro's SmartyPants is replaced by our copy, which gives the same result
  // in half the time (remark-smartypants.ts); it runs where Astro's would,
  // first after GFM.
  remarkSmartypants,
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
];

export const rehypePlugins = [rehypeSlug, rehypeSectionLinks, rehypeSearchProse];

export const markdownProcessor = unified({
  smartypants: false,
  // The parser plugin comes first: a later plugin setting a parser would win.
  remarkPlugins: [satteriParser, ...remarkPlugins],
  rehypePlugins,
});
