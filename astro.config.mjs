// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';
import { settings } from './src/config/env.ts';
import { pagefindIntegration } from './src/build/pagefind-index.ts';
import { pagefindDevIndex } from './src/build/pagefind-dev.ts';
import { redirectsFile } from './src/build/redirects-file.ts';
import { securityHeadersFile, previewHeaders } from './src/build/headers-file.ts';
import { verifyBuild } from './src/build/verify-build.ts';
import { atomicOutput } from './src/build/atomic-output.ts';
import { addressCheck } from './src/build/address-check.ts';
import { contentRootModules } from './src/build/content-root-modules.ts';
import { dataStoreModule } from './src/build/data-store-module.ts';
import { shareImageFiles } from './src/build/share-image-files.ts';

const output = atomicOutput();

// Every setting a deployment, test or benchmark may change comes from the
// environment through src/config/env.ts (README, "Configuration").
export default defineConfig({
  site: settings.siteUrl,
  trailingSlash: 'always',
  // `astro build` writes to <outDir>.staging and replaces the live folder
  // only when everything succeeded (src/build/atomic-output.ts sets that).
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  // Two content files that claim the same slug must stop the build, not
  // silently shadow each other.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // A rebuild copies pages whose data and code are unchanged from the last
  // build instead of rendering them (keys: src/data/page-cache-keys.ts).
  experimental: { incrementalBuild: true },
  // Only `astro preview` reads preview settings: it sends the security headers
  // of dist/_headers (the dev server, with Vite's inline scripts, does not).
  vite: { preview: { headers: previewHeaders(settings.outDir) } },
  // Article figures: Markdown images get srcset/sizes at these widths (the
  // text column is at most ~45rem, so 1440 covers it at 2x), width/height and
  // lazy loading. Our prose.css styles them, so no global responsive styles.
  image: { layout: 'constrained', breakpoints: [480, 720, 960, 1440], responsiveStyles: false },
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    // Code blocks stay plain <pre><code>: an explainer needs no syntax colours,
    // and Shiki's inline style= attributes would break our Content-Security-Policy.
    syntaxHighlight: false,
    // Astro 7's default engine runs no remark/rehype plugins: use unified(),
    // with our plugins (src/markdown/processor.ts). The content loader renders
    // with the same processor and these options (src/content/render-pool.ts).
    processor: markdownProcessor,
  },
  // Order matters: the staging folder is prepared first, and stale routes
  // leave it before anything reads it; share images are linked in before the
  // verification checks the pages' links; the redirects file and the verification read the
  // manifest the build wrote; verification reads the index, feeds and pages
  // the others wrote; atomic output publishes last.
  integrations: [
    output.stage,
    contentRootModules(),
    dataStoreModule(),
    addressCheck(),
    shareImageFiles(),
    redirectsFile(),
    securityHeadersFile(),
    pagefindIntegration(),
    pagefindDevIndex(settings.contentDir),
    verifyBuild(),
    output.publish,
  ],
});
