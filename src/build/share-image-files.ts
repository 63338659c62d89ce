/**
 * Share images reach a built site as files linked from their cache, not as
 * pages Astro renders: 5,000 PNG routes cost Astro's page generation 12-14 s
 * even when every card was cached (about 2.5 ms a route to render, write and
 * keep in its own cache, for a file that already exists byte for byte).
 *
 * The share-image route (routing/share-images.ts), whose paths a build asks
 * for before any page renders, starts drawing the missing cards and hands
 * this step every image the site publishes. The hand-over is a global
 * registry because the route runs in the same process as the integrations
 * but in another module graph (as build/render-journal.ts). After the pages,
 * this step waits for each card, fails the build naming every card that
 * could not be drawn, and links each PNG into the output folder.
 *
 * A hard link costs no copy; it is safe because neither side is ever written
 * in place: the cache writes a new file and renames it, and the staging
 * folder removes what is not a route file before a build (recycled-staging).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentError } from '../content/content-error.ts';
import { linkFile } from './link-file.ts';

/** One image the site publishes. */
export interface ShareImageFile {
  /** Site path, e.g. /og/article/kim-jong-un-japan-summit.png. */
  path: string;
  /** The PNG's file in the image cache, once drawn (rejects with the card named when it cannot be). */
  file: () => Promise<string>;
}

const KEY = Symbol.for('backstory.share-image-files');

type Registry = { images?: readonly ShareImageFile[] };
const registry = () => ((globalThis as { [KEY]?: Registry })[KEY] ??= {});

/** Called by the share-image route when a build asks for its paths: these are the images to publish. */
export function handOverShareImages(images: readonly ShareImageFile[]): void {
  registry().images = images;
}

/** Writes every handed-over image into `outDir`; returns how many, or throws naming each card that failed. */
export async function writeShareImages(outDir: string, images: readonly ShareImageFile[]): Promise<number> {
  const failures: string[] = [];
  const made = new Set<string>();
  for (const image of images) {
    let file: string;
    try {
      file = await image.file();
    } catch (err) {
      failures.push((err as Error)?.message ?? String(err));
      continue;
    }
    const to = join(outDir, image.path);
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    rmSync(to, { force: true });
    linkFile(file, to);
  }
  if (failures.length) {
    throw contentError(
      `${failures.length} share image(s) could not be drawn:\n  ${failures.join('\n  ')}`,
      'The site was not published. Each line names the card and why its drawing failed; the other cards are cached for the next build.',
    );
  }
  return images.length;
}

export function shareImageFiles(): AstroIntegration {
  return {
    name: 'backstory:share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { images } = registry();
        if (!images)
          throw new Error('No share images were handed over, so the pages would point at missing images. Fix: keep src/pages/og/[kind]/[slug].png.ts.');
        const started = performance.now();
        const count = await writeShareImages(fileURLToPath(dir), images);
        logger.info(`${count} share images linked from the image cache (${((performance.now() - started) / 1000).toFixed(2)} s)`);
      },
    },
  };
}
