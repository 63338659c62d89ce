// Builds the sample site plus the e2e fixtures (a draft and a future-dated
// article that must stay unpublished) into .cache/e2e/, then serves it with
// `astro preview` on the port Playwright expects. Used by playwright.config.ts.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = resolve(root, '.cache/e2e');
const content = resolve(work, 'content');
const port = process.env.E2E_PORT ?? '4322';

rmSync(work, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
cpSync(resolve(root, 'content'), content, { recursive: true });
cpSync(resolve(root, 'tests/fixtures/e2e'), content, { recursive: true });

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  BACKSTORY_CONTENT_DIR: content,
  BACKSTORY_OUT_DIR: resolve(work, 'dist'),
  BACKSTORY_CACHE_DIR: resolve(work, 'cache'),
  BACKSTORY_NOW: '2026-01-01T00:00:00Z',
  // The search index in many small shards, as an archive's is, so every
  // search test runs over merged shards (the eleven zebrafinch fixtures
  // alone span four).
  BACKSTORY_SHARD_SIZE: '3',
  SITE_URL: `http://127.0.0.1:${port}`,
  // Built only to be tested on this machine: its loopback address is intended.
  BACKSTORY_LOCAL_PREVIEW: '1',
};
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(process.execPath, [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', port], { cwd: root, env, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
