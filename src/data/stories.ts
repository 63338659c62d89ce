import { getCollection } from 'astro:content';
import type { StoryData } from '../content/schemas/story.ts';
import { mergeTimelines, type TimelineEntry } from '../domain/timeline.ts';
import { getArticles, type Article } from './articles.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface Story extends StoryData {
  slug: string;
  /** Its published explainers in time order, oldest first. */
  articles: Article[];
  /** Every timeline entry of those explainers, in date order. */
  timeline: TimelineEntry<Article>[];
}

/** An article with the entries of its timelines (for story and entity timelines). */
export const timelineSource = (article: Article) => ({ article, entries: article.facts.timeline });

/**
 * Every story with its published explainers, by slug. (A story slug without
 * a file is refused when content syncs: content/checks/references.ts.)
 */
export const getStories = oncePerBuild(async (): Promise<Map<string, Story>> => {
  const [articles, entries] = await Promise.all([getArticles(), getCollection('stories')]);
  const stories = new Map<string, Story>(entries.map((e) => [e.id, { slug: e.id, ...e.data, articles: [], timeline: [] }]));
  for (const article of [...articles].reverse()) if (article.story) stories.get(article.story)?.articles.push(article);
  for (const story of stories.values()) story.timeline = mergeTimelines(story.articles.map(timelineSource));
  return stories;
});
