import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
  outDir: string;
}

/**
 * The environment a shell would give astro. Vitest sets NODE_ENV=test and
 * exports DEV, PROD, MODE, SSR and BASE_URL, which would make a child
 * `astro build` run in dev mode (drafts included).
 */
export function shellEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|VITEST.*|DEV|PROD|MODE|SSR|BASE_URL|TEST)$/.test(k)));
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Runs a real `astro build` (or another astro command) of `contentDir` into a
 * fresh temporary folder, with its own cache so runs never share state.
 */
export function runAstro(command: 'build' | 'sync', contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'backstory-build-'));
  const outDir = join(work, 'dist');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: ROOT,
      env: {
        ...shellEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        BACKSTORY_CONTENT_DIR: contentDir,
        BACKSTORY_OUT_DIR: outDir,
        BACKSTORY_CACHE_DIR: join(work, 'cache'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir }));
  });
}
