import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifySite, type Manifest } from './verify/verify-site.ts';
import { contentError } from '../content/content-error.ts';

const MANIFEST = 'backstory-manifest.json';

/**
 * Runs last on every build: checks dist/ against what the build promised
 * (src/pages/backstory-manifest.json.ts), prints the counts, and fails the
 * build naming every gap. The manifest itself is removed from dist/.
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
        const manifestFile = join(outDir, MANIFEST);
        if (!existsSync(manifestFile)) throw new Error(`verification: ${MANIFEST} was not built, so nothing can be checked.`);
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
        rmSync(manifestFile);
        if (manifest.articles.length === 0) {
          logger.warn('no published articles: nothing to verify');
          return;
        }
        const started = performance.now();
        const { counts, problems } = verifySite(outDir, manifest, site ?? new URL('http://127.0.0.1:4321'));
        const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
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
