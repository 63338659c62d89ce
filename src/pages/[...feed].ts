import type { APIRoute, GetStaticPaths } from 'astro';
import { getAuthors, getTopicNames } from '../data/articles.ts';
import { topicNameFromSlug } from '../domain/articles.ts';
import { FEED_FORMATS, FEED_TYPES, buildFeed, getFeedScopes, renderFeed, type FeedFormat, type FeedScope } from '../outputs/feeds.ts';

/** /rss.xml, /atom.xml, /feed.json, and the same under each topic's and story's URL. */
export const getStaticPaths = (async () =>
  (await getFeedScopes()).flatMap((scope) =>
    FEED_FORMATS.map((format) => ({ params: { feed: `${scope.path.slice(1)}${format}` }, props: { scope, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ scope: FeedScope; format: FeedFormat }> = async ({ props, site }) => {
  const [authors, topics] = await Promise.all([getAuthors(), getTopicNames()]);
  const feed = await buildFeed(props.scope, site!, {
    author: (slug) => authors.get(slug)?.name ?? slug,
    topic: (slug) => topics.get(slug) ?? topicNameFromSlug(slug),
  }, props.format);
  return new Response(renderFeed(feed, props.format), { headers: { 'Content-Type': FEED_TYPES[props.format] } });
};
