import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The staging folder next to the live one, e.g. dist → dist.staging. */
export const stagingFor = (liveDir: string) => `${liveDir.replace(/\/+$/, '')}.staging`;

/**
 * Atomic output. A build (the `astro build` command, or Astro's build() API)
 * writes into a staging folder next to the live one; only when every page,
 * the index, the feeds and the verification succeeded does this, the last
 * build step, put the staged site in place of the live one. A build that
 * fails or is killed midway leaves the previous site whole, and says so.
 * Other commands (dev, preview) work on the live folder.
 */
export function atomicOutput(): AstroIntegration {
  let live = '';
  let staging = '';
  return {
    name: 'backstory:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        live = fileURLToPath(config.outDir).replace(/\/+$/, '');
        staging = stagingFor(live);
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:config:done': ({ logger }) => {
        if (!staging) return;
        // Any exit other than success ends here: the live folder was never touched.
        process.once('exit', (code) => {
          if (code !== 0) logger.error(`build failed: ${live} was not touched, so the previous site is still whole (the partial build is in ${staging}).`);
        });
      },
      'astro:build:done': ({ logger }) => {
        const previous = `${live}.previous-${process.pid}`;
        if (existsSync(live)) renameSync(live, previous);
        renameSync(staging, live);
        rmSync(previous, { recursive: true, force: true });
        logger.info(`published to ${live}`);
      },
    },
  };
}
