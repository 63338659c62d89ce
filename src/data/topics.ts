import { getCollection } from 'astro:content';
import { groupByTopic } from '../domain/articles.ts';
import { topicNameFromSlug } from '../domain/labels.ts';
import { getArticles, type Article } from './articles.ts';
import { oncePerBuild } from './once-per-build.ts';
import { smartText } from '../markdown/typography.ts';

export interface Topic {
  slug: string;
  name: string;
  description?: string | undefined;
  /** Its published articles, newest first. */
  articles: Article[];
}

/**
 * Topics that have at least one published article, by name. Computed once
 * per build: every article page asks for topic names, and regrouping the
 * whole archive per page would make the build quadratic.
 */
export const getTopics = oncePerBuild(async (): Promise<Topic[]> => {
  const [articles, topicEntries] = await Promise.all([getArticles(), getCollection('topics')]);
  const info = new Map(topicEntries.map((t) => [t.id, t.data]));
  return [...groupByTopic(articles)]
    .map(([slug, list]) => ({
      slug,
      name: smartText(info.get(slug)?.title ?? topicNameFromSlug(slug)),
      description: info.get(slug)?.description && smartText(info.get(slug)!.description!),
      articles: list,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
});

/** The display name of every topic slug published articles use. */
export const getTopicNames = oncePerBuild(async (): Promise<Map<string, string>> => new Map((await getTopics()).map((t) => [t.slug, t.name])));

/** The display name of a topic slug: its topic file's title, else made from the slug. */
export async function topicName(slug: string): Promise<string> {
  return (await getTopicNames()).get(slug) ?? topicNameFromSlug(slug);
}
