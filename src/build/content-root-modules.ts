import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro writes the modules that map Markdown images (content-assets.mjs)
 * and content modules (content-modules.mjs) to the project's one .astro/
 * folder, and rewrites them only when the content store's entries changed.
 * One checkout builds several content roots (BACKSTORY_CONTENT_DIR), each
 * with its own store, so a warm rebuild of one root would otherwise keep
 * the last root's map, and its pages would ship unresolved image
 * placeholders. Removed before every sync, they are written again from this
 * root's store.
 */
export const GENERATED_MODULES = ['content-assets.mjs', 'content-modules.mjs'];

export function contentRootModules(): AstroIntegration {
  return {
    name: 'backstory:content-root-modules',
    hooks: {
      'astro:config:setup': ({ config }) => {
        for (const file of GENERATED_MODULES) rmSync(fileURLToPath(new URL(`.astro/${file}`, config.root)), { force: true });
      },
    },
  };
}
