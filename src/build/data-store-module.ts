import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The content store's module, as Astro's content plugin resolves it. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/**
 * The code of the content store's module in a build: the store read from
 * the cache folder when the prerender runs. Astro inlines the whole store
 * as one string literal (`JSON.parse("…")`), and V8 compiles a literal that
 * big very slowly: at 10,000 bench articles (a 136 MB store) importing it
 * took 25.4 s, reading the file 1.0 s. Astro's chunked store
 * (experimental.collectionStorage) compiles faster but writes its chunks a
 * character at a time: 140 s a sync at that size.
 */
export function dataStoreModuleCode(storeFile: string): string {
  const file = JSON.stringify(storeFile);
  // With no store (no content yet), what Astro's own module exports.
  return `import { existsSync, readFileSync } from 'node:fs';\nexport default existsSync(${file}) ? JSON.parse(readFileSync(${file}, 'utf8')) : new Map();\n`;
}

/**
 * Replaces the content store's module's code in `astro build` (a static build: the
 * prerender runs here, beside the cache folder). Its metadata marks it as
 * content data, as Astro's own does, so the incremental build leaves it out
 * of the pages' code hashes (the pages' cache keys cover their data).
 */
export function dataStoreModule(): AstroIntegration {
  return {
    name: 'backstory:data-store-module',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'backstory:data-store-module',
                enforce: 'pre',
                // A transform, not a load: Astro's own plugin is `pre` too and
                // comes first, so its load always wins; the big literal is
                // dropped here, before the bundler parses it.
                transform(_code, id) {
                  if (id !== DATA_STORE_MODULE_ID) return undefined;
                  return { code: dataStoreModuleCode(storeFile), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
