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
  },
});
