/**
 * One temporary folder per test run, under which every test's temporary
 * folders go (os.tmpdir() reads TMPDIR, in the tests and in the builds they
 * start), removed when the run ends: tests make their folders with
 * mkdtempSync and leave them, which over some dozens of runs filled /tmp
 * with 3.7 GB of builds. Vitest runs this file as its global setup; the
 * root config calls testTempRoot() first, so that the project configs'
 * own folders are made inside it too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = 'BACKSTORY_TEST_TMP';

/** The run's temporary folder, made on the first call and set as TMPDIR for everything started after it. */
export function testTempRoot(): string {
  const root = (process.env[ROOT] ??= mkdtempSync(join(tmpdir(), 'backstory-tests-')));
  process.env.TMPDIR = root;
  return root;
}

export default function setup(): () => void {
  const root = testTempRoot();
  return () => rmSync(root, { recursive: true, force: true });
}
