import { defineConfig } from 'vitest/config';
import { testTempRoot } from './tests/support/temp-root.ts';

testTempRoot();

// Three projects: fast pure units; route and data modules with Astro's Vite
// config and mocked collections (tests/routes/vitest.config.ts); and build
// tests that run real `astro build`s on fixture content (slower, one at a time).
export default defineConfig({
  test: {
    globalSetup: ['tests/support/temp-root.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      'tests/routes/vitest.config.ts',
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
