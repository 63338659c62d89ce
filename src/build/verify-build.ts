import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { verifySite } from './verify/verify-site.ts';
import { builtPageFacts } from './verify/page-facts.ts';
import { readManifest, removeManifest } from './manifest.ts';
import { rendered } from './render-journal.ts';
import { contentError } from '../content/content-error.ts';

/**
 * Runs last on every build: checks dist/ against what the build promised
 * (the manifest), prints the counts, and fails the build naming every gap.
 * The manifest itself is removed from dist/.
 */
export function verifyBuild(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'backstory:verify',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = readManifest(outDir);
        removeManifest(outDir);
        const articles = rendered('article');
        const names = articles.length > 0 && articles.length <= 10 ? ` (${[...articles].sort().join(', ')})` : '';
        logger.info(`article pages: ${articles.length} rendered${names}, ${manifest.articles.length - articles.length} copied from the last build`);
        if (manifest.articles.length === 0) {
          logger.warn('no published articles: nothing to verify');
          return;
        }
        const started = performance.now();
        // What the headers step read of each page (unchanged pages were not read again).
        const { counts, problems } = verifySite(outDir, manifest, site!, builtPageFacts(outDir));
        const summary = Object.entries(counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ');
        if (problems.length) {
          throw contentError(
            `verification failed (${summary}):\n  ${problems.slice(0, 200).join('\n  ')}${problems.length > 200 ? `\n  … and ${problems.length - 200} more` : ''}`,
            'The site was not published. Each line names what is missing or broken in the build.',
          );
        }
        logger.info(`verified ${summary}; every internal link and #fragment resolves (${((performance.now() - started) / 1000).toFixed(2)} s)`);
      },
    },
  };
}
