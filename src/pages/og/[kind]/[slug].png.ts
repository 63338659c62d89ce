import type { APIRoute, GetStaticPaths } from 'astro';
import type { ShareCard } from '../../../sharing/share-cards.ts';
import { shareImagePaths, shareImageResponse } from '../../../routing/share-images.ts';

/** One 1200×630 PNG per article, entity and story (and one for the site); a build links them from the image cache instead (routing/share-images.ts). */
export const getStaticPaths = shareImagePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = ({ props }) => shareImageResponse(props.card);
