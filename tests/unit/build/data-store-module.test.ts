import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataStoreModuleCode } from '../../../src/build/data-store-module.ts';

const load = async (code: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-store-module-'));
  writeFileSync(join(dir, 'module.mjs'), code);
  return ((await import(pathToFileURL(join(dir, 'module.mjs')).href)) as { default: unknown }).default;
};

describe('dataStoreModuleCode', () => {
  it('exports the store as Astro’s own module does (the parsed file), read when the module runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-store it’s "quoted" '));
    const store = [{ articles: 1 }, 'a line\nwith “quotes” and \\ back-slashes', '김정은'];
    writeFileSync(join(dir, 'data-store.json'), JSON.stringify(store));
    expect(await load(dataStoreModuleCode(join(dir, 'data-store.json')))).toEqual(store);
  });
  it('exports an empty Map where there is no store yet, as Astro’s does', async () => {
    expect(await load(dataStoreModuleCode(join(tmpdir(), 'no-such-folder', 'data-store.json')))).toEqual(new Map());
  });
});
