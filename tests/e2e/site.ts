import { resolve } from 'node:path';

/** Where scripts/e2e-site.mjs builds the site the browser tests run against. */
export const E2E_DIST = resolve(import.meta.dirname, '../../.cache/e2e/dist');
export const SEED = '/articles/kim-jong-un-japan-summit/';
