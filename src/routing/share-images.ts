/**
 * Route data of the share images (/og/<kind>/<slug>.png). The dev server
 * renders each on request. A build renders none: it starts drawing the
 * cards missing from the image cache on worker threads, alongside the pages,
 * and hands every image to the build step that links them into the site
 * (build/share-image-files.ts, which says why).
 */
import { getShareCards, type ShareCard } from '../sharing/share-cards.ts';
import { cardFile, prepareCards, renderCard, type CardJob } from '../sharing/image/render-card.ts';
import { handOverShareImages } from '../build/share-image-files.ts';
import { settings } from '../config/env.ts';

const job = (card: ShareCard): CardJob => ({ card: card.card, label: `${card.kind} "${card.slug}"` });

export async function shareImagePaths() {
  const cards = [...(await getShareCards()).values()];
  if (import.meta.env.DEV) return cards.map((card) => ({ params: { kind: card.kind, slug: card.slug }, props: { card } }));
  if (settings.workers) prepareCards(cards.map(job), settings.shareImageCacheDir);
  handOverShareImages(cards.map((card) => ({ path: card.path, file: () => cardFile(job(card), settings.shareImageCacheDir) })));
  return [];
}

/** One 1200×630 PNG (dev server). */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  const png = await renderCard(job(card), settings.shareImageCacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
