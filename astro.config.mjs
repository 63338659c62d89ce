// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';
import { cacheDir } from './src/config/cache-dirs.ts';
import { pagefindIntegration } from './src/build/pagefind-index.ts';
import { pagefindDevIndex } from './src/build/pagefind-dev.ts';
import { redirectsFile } from './src/build/redirects-file.ts';
import { securityHeadersFile } from './src/build/headers-file.ts';
import { verifyBuild } from './src/build/verify-build.ts';
import { atomicOutput, stagingFor } from './src/build/atomic-output.ts';
import { parseHeadersFile } from './src/outputs/security-headers.ts';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Environment knobs, so tests and benchmarks can build any content set into
// any folder without touching the sample site (see README, "Configuration").
const env = process.env;

/**
 * `astro build` writes to a staging folder that replaces the live one only
 * when everything succeeded (src/build/atomic-output.ts); every other
 * command (preview, dev) works on the live folder.
 */
const liveOutDir = resolve(env.BACKSTORY_OUT_DIR ?? './dist');
const building = process.argv.slice(2).includes('build');

/** The headers the build wrote to dist/_headers, so `astro preview` (npm start) sends them too. */
function previewHeaders() {
  const file = `${liveOutDir}/_headers`;
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : {};
}

export default defineConfig({
  site: env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  outDir: building ? stagingFor(liveOutDir) : liveOutDir,
  cacheDir: cacheDir(),
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
  vite: { preview: { headers: previewHeaders() } },
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
    // with our plugins (src/markdown/processor.ts).
    processor: markdownProcessor,
  },
  // Order matters: verification reads the index, feeds and pages the others wrote.
  integrations: [redirectsFile(), securityHeadersFile(), pagefindIntegration(), pagefindDevIndex(env.BACKSTORY_CONTENT_DIR ?? './content'), verifyBuild(), atomicOutput(liveOutDir, stagingFor(liveOutDir))],
});
