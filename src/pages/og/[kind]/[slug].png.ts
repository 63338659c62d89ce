import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { getShareCards, type ShareCard } from '../../../lib/share-cards.ts';
import { renderCard } from '../../../lib/share-image/render-card.ts';
import { cacheDir } from '../../../lib/cache-dir.ts';

export const getStaticPaths = (async () =>
  [...(await getShareCards()).values()].map((card) => ({ params: { kind: card.kind, slug: card.slug }, props: { card } }))) satisfies GetStaticPaths;

/** One 1200×630 PNG per article, entity and story (and one for the site), cached across builds by content hash. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await renderCard(props.card.card, join(cacheDir(), 'share-images'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
