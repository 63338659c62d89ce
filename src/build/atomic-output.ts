import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Atomic output. `astro build` writes into a staging folder (see
 * astro.config.mjs); only when every page, the index, the feeds and the
 * verification succeeded does this, the last build step, put the staged site
 * in place of the live one. A build that fails or is killed midway leaves
 * the previous site whole, and says so.
 */
export function atomicOutput(finalDir: string, stagingDir: string): AstroIntegration {
  return {
    name: 'backstory:atomic-output',
    hooks: {
      'astro:config:done': ({ logger }) => {
        // Any exit other than success ends here: the live folder was never touched.
        process.once('exit', (code) => {
          if (code !== 0 && process.argv.includes('build')) {
            logger.error(`build failed: ${finalDir} was not touched, so the previous site is still whole (the partial build is in ${stagingDir}).`);
          }
        });
      },
      'astro:build:done': ({ logger }) => {
        const previous = `${finalDir}.previous-${process.pid}`;
        if (existsSync(finalDir)) renameSync(finalDir, previous);
        renameSync(stagingDir, finalDir);
        rmSync(previous, { recursive: true, force: true });
        logger.info(`published to ${finalDir}`);
      },
    },
  };
}

/** The staging folder next to the live one, e.g. dist → dist.staging. */
export const stagingFor = (finalDir: string) => `${resolve(finalDir)}.staging`;
