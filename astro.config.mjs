// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { remarkReadingTime } from './src/markdown/remark-reading-time.ts';
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
      remarkPlugins: [remarkReadingTime],
      rehypePlugins: [rehypeSlug],
    }),
  },
  integrations: [pagefindIntegration()],
});
