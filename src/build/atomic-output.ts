import type { AstroIntegration } from 'astro';
import { existsSync, renameSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { discarded, keepForNextBuild, removeStaleRoutes, routeFiles, startStaging, type StagingStart } from './recycled-staging.ts';

/** Astro's record of the last build's pages, in its cache folder (astro/dist/core/build/incremental.js): without it no page is skipped. */
const ASTRO_INCREMENTAL_RECORD = 'incremental-build.json';

/** The staging folder next to the live one, e.g. dist → dist.staging. */
export const stagingFor = (liveDir: string) => `${liveDir.replace(/\/+$/, '')}.staging`;

/**
 * Atomic output. A build (the `astro build` command, or Astro's build() API)
 * writes into a staging folder next to the live one; only when every page,
 * the index, the feeds and the verification succeeded does the publish
 * step, the last of the build, put the staged site in place of the live
 * one. A build that fails or is killed midway leaves the previous site
 * whole, and says so. Other commands (dev, preview) work on the live folder.
 *
 * Two integrations: `stage` goes first in the config (it prepares the
 * staging folder from the last site, build/recycled-staging.ts, and after
 * the pages are written removes the routes this build no longer has, before
 * the index and the verification read the folder); `publish` goes last.
 */
export function atomicOutput(): { stage: AstroIntegration; publish: AstroIntegration } {
  let live = '';
  let staging = '';
  let start: StagingStart = { carried: undefined, copied: 0 };
  let routes: string[] = [];
  let cacheDir = new URL('file:///');
  const stage: AstroIntegration = {
    name: 'backstory:staging',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        cacheDir = config.cacheDir;
        live = fileURLToPath(config.outDir).replace(/\/+$/, '');
        staging = stagingFor(live);
        // Astro would empty the staging folder; startStaging prepares it instead.
        updateConfig({ outDir: pathToFileURL(`${staging}/`), vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ logger }) => {
        if (!staging) return;
        // Any exit other than success ends here: the live folder was never touched.
        process.once('exit', (code) => {
          if (code !== 0) logger.error(`build failed: ${live} was not touched, so the previous site is still whole (the partial build is in ${staging}).`);
        });
      },
      'astro:build:start': ({ logger }) => {
        if (!staging) return;
        start = startStaging(live, staging, existsSync(new URL(ASTRO_INCREMENTAL_RECORD, cacheDir)));
        if (start.carried) logger.info(`staging: ${start.carried.length} route files carried over from the last site, ${start.copied} of them copied from it`);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        if (!staging) return;
        routes = routeFiles(fileURLToPath(dir), assets);
        const removed = removeStaleRoutes(staging, start, routes);
        if (removed) logger.info(`staging: removed ${removed} route file(s) the last site had and this build does not`);
      },
    },
  };
  const publish: AstroIntegration = {
    name: 'backstory:publish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!staging) return;
        await discarded();
        const previous = `${live}.previous-${process.pid}`;
        if (existsSync(live)) renameSync(live, previous);
        renameSync(staging, live);
        keepForNextBuild(live, previous, routes);
        logger.info(`published to ${live}`);
      },
    },
  };
  return { stage, publish };
}
