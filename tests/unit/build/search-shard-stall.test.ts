import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Pagefind's service as it behaves when a write is stuck (it retries
 * creating a file for ever): it answers one call at a time, so neither that
 * write nor anything asked after it is ever answered, until close() stops
 * it and every pending call fails with "Pagefind backend closed".
 */
function stuckService() {
  const pending: ((err: Error) => void)[] = [];
  let busy = false;
  const call = <T>(answer: T): Promise<T> => (busy ? new Promise<T>((_, reject) => pending.push(reject)) : Promise.resolve(answer));
  const calls = { createIndex: 0, writeFiles: 0, deleteIndex: 0, close: 0 };
  const service = {
    calls,
    createIndex: () => (calls.createIndex++, call({ errors: [], index })),
    close: async () => {
      calls.close++;
      for (const reject of pending.splice(0)) reject(new Error('Pagefind backend closed'));
      busy = false;
      return null;
    },
  };
  const index = {
    addHTMLFile: () => call({ errors: [], file: {} }),
    writeFiles: () => {
      calls.writeFiles++;
      busy = true;
      return new Promise((_, reject) => pending.push(reject));
    },
    deleteIndex: () => (calls.deleteIndex++, call(null)),
  };
  return service;
}

async function withStuckPagefind() {
  vi.resetModules();
  const service = stuckService();
  vi.doMock('pagefind', () => service);
  const { indexShard } = await import('../../../src/build/search-shard-index.ts');
  return { service, indexShard };
}

const page = (slug: string) => `<html lang="en"><body><main data-pagefind-body><h1>${slug}</h1></main></body></html>`;
const shard = (name: string) => ({ name, from: '', to: '', slugs: ['one', 'two'] });

describe('a Pagefind write that never finishes', () => {
  it('fails its shard after the deadline, stops Pagefind, and fails the shard indexed beside it and every later one with the same error', async () => {
    const { service, indexShard } = await withStuckPagefind();
    const root = mkdtempSync(join(tmpdir(), 'backstory-stall-'));
    const first = indexShard(shard('2024-01'), page, join(root, 'a'), 50);
    // Started beside it, as the index step runs two shards at once: its calls wait behind the stuck write.
    await new Promise((r) => setTimeout(r, 10));
    const beside = indexShard(shard('2024-02'), page, join(root, 'b'), 50);
    const message =
      /^Pagefind did not finish writing the search index of shard 2024-01 to .*a\.partial within 0\.05 s\. Fix: check that the folder is writable and its disk has space/;
    await expect(first).rejects.toThrow(message);
    await expect(beside).rejects.toThrow(message);
    expect(service.calls.close).toBe(1);
    // A stopped service is not started again to clean up, nor to index another shard.
    expect(service.calls.deleteIndex).toBe(0);
    const createdBefore = service.calls.createIndex;
    await expect(indexShard(shard('2024-03'), page, join(root, 'c'), 50)).rejects.toThrow(message);
    expect(service.calls.createIndex).toBe(createdBefore);
    expect(existsSync(join(root, 'a'))).toBe(false);
  });
});
