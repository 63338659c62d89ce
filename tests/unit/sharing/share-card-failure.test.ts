import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cardFile, prepareCards, renderCard, type CardJob } from '../../../src/sharing/image/render-card.ts';

const job = (headline: string): CardJob => ({
  card: { kicker: 'Explainer', headline, detail: 'Japan', siteName: 'Backstory' },
  label: `article "${headline.toLowerCase().replace(/\W+/g, '-')}"`,
});

describe('a share card that cannot be drawn', () => {
  it('fails its own page with the card and the reason, and every other card is still drawn (no hang)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'backstory-cards-'));
    const jobs = [job('First card'), job('FAIL this one'), job('Third card'), job('Fourth card')];
    prepareCards(jobs, cache, resolve('tests/support/failing-card-worker.ts'));
    const settled = await Promise.allSettled(jobs.map((j) => renderCard(j, cache)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const error = (settled[1] as PromiseRejectedResult).reason as Error;
    expect(error.message).toBe('the share card of article "fail-this-one" could not be drawn: resvg ran out of memory (simulated)');
    // The worker's own stack survives the thread hop, as the error's cause.
    expect(String((error.cause as Error).stack)).toMatch(/failing-card-worker\.ts/);
    for (const s of settled) if (s.status === 'fulfilled') expect(s.value.subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);

  it("a build's wait for the cache files names the failed card the same way, and finds the others in the cache", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'backstory-cards-'));
    const jobs = [job('First card'), job('FAIL this one'), job('Third card')];
    prepareCards(jobs, cache, resolve('tests/support/failing-card-worker.ts'));
    // A build waits for each card in turn, long after the drawings settled: a failed one is not drawn again (here, in-process, it would pass).
    await Promise.allSettled(jobs.map((j) => renderCard(j, cache)));
    const settled = await Promise.allSettled(jobs.map((j) => cardFile(j, cache)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(((settled[1] as PromiseRejectedResult).reason as Error).message).toBe(
      'the share card of article "fail-this-one" could not be drawn: resvg ran out of memory (simulated)',
    );
    for (const s of settled) if (s.status === 'fulfilled') expect(readFileSync(s.value).subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);
});
