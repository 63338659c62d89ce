import { getCollection } from 'astro:content';
import { getArticles, type Article } from './articles.ts';
import { contentError } from '../content/content-error.ts';
import type { StoryData } from '../content/schemas.ts';
import { mergeTimelines, type TimelineEntry } from '../domain/timeline.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface Story extends StoryData {
  slug: string;
  /** Its published explainers in time order, oldest first. */
  articles: Article[];
  /** Every timeline entry of those explainers, in date order. */
  timeline: TimelineEntry[];
}

/**
 * Every story with its published explainers, by slug. An article naming a
 * story without a file stops the build, naming the article and the slug.
 */
export const getStories = oncePerBuild(async (): Promise<Map<string, Story>> => {
  const [articles, entries] = await Promise.all([getArticles(), getCollection('stories')]);
  const stories = new Map<string, Story>(entries.map((e) => [e.id, { slug: e.id, ...e.data, articles: [], timeline: [] }]));
  const missing: string[] = [];
  for (const article of [...articles].reverse()) {
    if (!article.story) continue;
    const story = stories.get(article.story);
    if (story) story.articles.push(article);
    else missing.push(`${article.entry.filePath ?? article.slug}: story "${article.story}" has no file content/stories/${article.story}.md`);
  }
  if (missing.length) {
    throw contentError(missing.join('\n'), 'Fix: add the story file (title, description), or correct the story slug in the article.');
  }
  for (const story of stories.values()) story.timeline = mergeTimelines(story.articles);
  return stories;
});
