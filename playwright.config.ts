import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4322);

// Browser tests run in Debian's Chromium (never a downloaded browser) against
// the sample site plus e2e fixtures, built and served by scripts/e2e-site.mjs.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.cache/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'browser', testIgnore: /lighthouse\.spec\.ts/ },
    // Measured alone, after everything else, so scores are not skewed by other tests.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['browser'] },
  ],
  webServer: {
    command: 'node scripts/e2e-site.mjs',
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
  },
});
