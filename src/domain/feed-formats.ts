/**
 * The three feed formats the site publishes for itself, each topic and each
 * story: the one table that feed routes, head links, the link check and
 * the post-build verification read.
 */
export interface FeedFormat {
  /** File name under the feed's page (`/rss.xml`, `/topics/japan/rss.xml`). */
  file: 'rss.xml' | 'atom.xml' | 'feed.json';
  /** The format's name in the feed writer's links (the `feed` package's feedLinks). */
  key: 'rss' | 'atom' | 'json';
  /** Media type for <link rel=alternate> autodiscovery. */
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  /** Content-Type the file is served with. */
  contentType: string;
  /** Shown after a feed's title in <link title>: "(RSS)". */
  label: string;
}

export const FEED_FORMATS: readonly FeedFormat[] = [
  { file: 'rss.xml', key: 'rss', type: 'application/rss+xml', contentType: 'application/rss+xml; charset=utf-8', label: 'RSS' },
  { file: 'atom.xml', key: 'atom', type: 'application/atom+xml', contentType: 'application/atom+xml; charset=utf-8', label: 'Atom' },
  { file: 'feed.json', key: 'json', type: 'application/feed+json', contentType: 'application/feed+json; charset=utf-8', label: 'JSON Feed' },
];

export type FeedFile = FeedFormat['file'];

/** Items in every feed: the latest explainers, newest first. */
export const FEED_SIZE = 50;
