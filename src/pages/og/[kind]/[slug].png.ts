import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards, type ShareCard } from '../../../sharing/share-cards.ts';
import { cardKey, prepareCards, renderCard } from '../../../sharing/image/render-card.ts';
import { settings } from '../../../config/env.ts';

const job = (card: ShareCard) => ({ card: card.card, label: `${card.kind} "${card.slug}"` });

export const getStaticPaths = (async () => {
  const cards = [...(await getShareCards()).values()];
  // A build asks for every route's paths before rendering any page: start
  // drawing the missing cards on worker threads now, alongside the pages.
  if (import.meta.env.PROD && settings.workers) prepareCards(cards.map(job), settings.shareImageCacheDir);
  // cacheKey (incremental builds): the hash of everything that decides the pixels.
  return cards.map((card) => ({ params: { kind: card.kind, slug: card.slug }, props: { card }, cacheKey: cardKey(card.card) }));
}) satisfies GetStaticPaths;

/** One 1200×630 PNG per article, entity and story (and one for the site), cached across builds by content hash. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await renderCard(job(props.card), settings.shareImageCacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
