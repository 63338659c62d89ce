// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import { remarkDirectiveGuard } from './src/markdown/remark-directive-guard.ts';
import { remarkTimeline } from './src/markdown/remark-timeline.ts';
import { remarkExplainerBlocks } from './src/markdown/remark-explainer-blocks.ts';
import { remarkReadingTime } from './src/markdown/remark-reading-time.ts';
import { remarkEntityMentions } from './src/markdown/remark-entity-mentions.ts';
import { rehypeSectionLinks } from './src/markdown/rehype-section-links.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// Environment knobs, so tests and benchmarks can build any content set into
// any folder without touching the sample site (see README, "Configuration").
const env = process.env;

export default defineConfig({
  site: env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  outDir: env.BACKSTORY_OUT_DIR ?? './dist',
  cacheDir: env.BACKSTORY_CACHE_DIR ?? './node_modules/.astro',
  // Two content files that claim the same slug must stop the build, not
  // silently shadow each other.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    // Astro 7's default engine runs no remark/rehype plugins: use unified().
    processor: unified({
      // Order matters: parse :::blocks, check them, then render each kind.
      remarkPlugins: [remarkDirective, remarkDirectiveGuard, remarkTimeline, remarkExplainerBlocks, remarkEntityMentions, remarkReadingTime],
      rehypePlugins: [rehypeSlug, rehypeSectionLinks],
    }),
  },
  integrations: [pagefindIntegration()],
});
