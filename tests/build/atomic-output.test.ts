import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { runAstro, shellEnv } from '../support/build-site.ts';

/**
 * The live output folder is replaced only by a build that fully succeeded: a
 * build that fails, or is killed midway, leaves the previous site whole.
 */
function snapshot(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = statSync(p).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

describe('atomic output', () => {
  const work = mkdtempSync(join(tmpdir(), 'backstory-atomic-'));
  const live = join(work, 'site');
  const env = { BACKSTORY_OUT_DIR: live, BACKSTORY_NOW: '2025-01-01T00:00:00Z' };

  it('a failing build leaves the previous site whole and says so', async () => {
    const first = await runAstro('build', resolve('tests/fixtures/good'), env);
    expect(first.code, first.output).toBe(0);
    const before = snapshot(live);
    expect(Object.keys(before)).toContain('articles/alpha-explainer/index.html');
    expect(existsSync(`${live}.staging`)).toBe(false);

    const failed = await runAstro('build', resolve('tests/fixtures/bad/unknown-author'), env);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(`build failed: ${live} was not touched, so the previous site is still whole`);
    expect(snapshot(live)).toEqual(before);
  }, 300_000);

  it('a build killed midway leaves the previous site whole', async () => {
    const before = snapshot(live);
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      env: { ...shellEnv(), ASTRO_TELEMETRY_DISABLED: '1', BACKSTORY_CONTENT_DIR: resolve('content'), BACKSTORY_CACHE_DIR: join(work, 'cache'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Kill it once it is writing pages into the staging folder.
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (existsSync(join(`${live}.staging`, 'articles'))) {
          child.kill('SIGKILL');
          clearInterval(poll);
          done();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        done();
      });
    });
    await new Promise((r) => child.on('close', r));
    expect(child.signalCode).toBe('SIGKILL');
    expect(snapshot(live)).toEqual(before);
    expect(readdirSync(live)).toContain('index.html');

    // The next good build replaces it, and leaves no staging folder behind.
    const next = await runAstro('build', resolve('content'), env);
    expect(next.code, next.output).toBe(0);
    expect(existsSync(join(live, 'articles', 'kim-jong-un-japan-summit', 'index.html'))).toBe(true);
    expect(existsSync(join(live, 'articles', 'alpha-explainer'))).toBe(false);
    expect(existsSync(`${live}.staging`)).toBe(false);
  }, 300_000);

  it("a build through Astro's build() API (not the astro command) publishes the same way and keeps the live folder", async () => {
    const before = snapshot(live);
    expect(Object.keys(before)).toContain('articles/kim-jong-un-japan-summit/index.html');
    const script = join(work, 'build-with-api.mjs');
    writeFileSync(
      script,
      `import { build } from ${JSON.stringify(import.meta.resolve('astro'))};\nawait build({ root: ${JSON.stringify(resolve('.'))}, logLevel: 'error' });\n`,
    );
    const child = spawn(process.execPath, [script], {
      env: {
        ...shellEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        BACKSTORY_CONTENT_DIR: resolve('tests/fixtures/good'),
        BACKSTORY_CACHE_DIR: join(work, 'cache-api'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code, log).toBe(0);
    expect(existsSync(join(live, 'articles', 'alpha-explainer', 'index.html'))).toBe(true);
    expect(existsSync(join(live, 'articles', 'kim-jong-un-japan-summit'))).toBe(false);
    expect(existsSync(`${live}.staging`)).toBe(false);
    expect(readdirSync(work).filter((f) => f.includes('.previous-'))).toEqual([]);
  }, 300_000);
});
