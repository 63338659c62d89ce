import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FORMATS, type FeedFormat } from '../domain/feed-formats.ts';
import { buildFeed, getFeedScopes, renderFeed, type FeedScope } from '../outputs/feeds.ts';

/** /rss.xml, /atom.xml, /feed.json, and the same under each topic's and story's URL. */
export const getStaticPaths = (async () =>
  (await getFeedScopes()).flatMap((scope) =>
    FEED_FORMATS.map((format) => ({ params: { feed: `${scope.path.slice(1)}${format.file}` }, props: { scope, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ scope: FeedScope; format: FeedFormat }> = async ({ props, site }) => {
  const feed = await buildFeed(props.scope, site!, props.format.file);
  return new Response(renderFeed(feed, props.format.file), { headers: { 'Content-Type': props.format.contentType } });
};
