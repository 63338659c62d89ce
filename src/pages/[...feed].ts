import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FORMATS, type FeedFormat } from '../domain/feed-formats.ts';
import { buildFeed, feedKey, getFeedScopes, renderFeed, type FeedScope } from '../outputs/feeds.ts';

/** /rss.xml, /atom.xml, /feed.json, and the same under each topic's and story's URL; cacheKeys for incremental builds. */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      (await getFeedScopes()).map(async (scope) => {
        const cacheKey = await feedKey(scope);
        return FEED_FORMATS.map((format) => ({ params: { feed: `${scope.path.slice(1)}${format.file}` }, props: { scope, format }, cacheKey }));
      }),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ scope: FeedScope; format: FeedFormat }> = async ({ props, site }) => {
  const feed = await buildFeed(props.scope, site!, props.format.file);
  return new Response(renderFeed(feed, props.format.file), { headers: { 'Content-Type': props.format.contentType } });
};
