import { getCollection, type CollectionEntry } from 'astro:content';
import type { StoryData } from '../content/schemas/story.ts';
import type { TimelineFact } from '../domain/timeline.ts';
import { contentError } from '../content/content-error.ts';
import { smartText } from '../markdown/typography.ts';
import { getArticles, type Article } from './articles.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface Story extends StoryData {
  slug: string;
  /** Its published explainers in time order, oldest first. */
  articles: Article[];
  /** The explainer to read first: `startHere`, or the newest. */
  firstRead: Article | undefined;
  /** The story file, whose body (what the story is, its timeline) the story page shows. */
  entry: CollectionEntry<'stories'>;
}

/** An article with its dated entries: timeline blocks and dated sentences (for entity timelines). */
export const timelineSource = (article: Article): { article: Article; entries: TimelineFact[] } => ({
  article,
  entries: [...article.facts.timeline, ...article.facts.events],
});

/**
 * Every story with its published explainers, by slug. (A story slug without
 * a file is refused when content syncs: content/checks/references.ts.)
 */
export const getStories = oncePerBuild(async (): Promise<Map<string, Story>> => {
  const [articles, entries] = await Promise.all([getArticles(), getCollection('stories')]);
  const stories = new Map<string, Story>(
    entries.map((entry) => [
      entry.id,
      {
        slug: entry.id,
        ...entry.data,
        title: smartText(entry.data.title),
        description: smartText(entry.data.description),
        articles: [],
        firstRead: undefined,
        entry,
      },
    ]),
  );
  for (const article of [...articles].reverse()) if (article.story) stories.get(article.story)?.articles.push(article);
  for (const story of stories.values()) {
    story.firstRead = story.startHere ? story.articles.find((a) => a.slug === story.startHere) : story.articles.at(-1);
    if (story.startHere && !story.firstRead && story.articles.length > 0) {
      throw contentError(
        `${story.entry.filePath ?? story.slug}: startHere "${story.startHere}" is not a published explainer of this story.`,
        `Fix: name one of ${story.articles.map((a) => a.slug).join(', ')}, or add story: ${story.slug} to that explainer.`,
      );
    }
  }
  return stories;
});
