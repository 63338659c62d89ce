import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';

/**
 * Route and data modules under test without a build, the way Starlight
 * tests its route data: Astro's own Vite config (so `astro:content`
 * resolves), with the collections mocked in each test (tests/routes/content.ts).
 */
export default getViteConfig({
  test: {
    name: 'routes',
    include: ['**/*.test.ts'],
    environment: 'node',
    // A cache folder of the tests' own: the mocked entries' body files go there (tests/routes/content.ts).
    env: { BACKSTORY_CACHE_DIR: mkdtempSync(join(tmpdir(), 'backstory-routes-cache-')) },
  },
});
