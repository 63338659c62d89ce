/**
 * The directory of people, places, organisations, stories and topics the
 * search shows above the explainers (directory.ts), from the same data as
 * their pages.
 */
import { getEntities } from '../data/entities.ts';
import { getStories } from '../data/stories.ts';
import { getTopics } from '../data/topics.ts';
import { explainerCount } from '../domain/labels.ts';
import { urls } from '../domain/urls.ts';
import type { DirectoryEntry } from './directory.ts';

export async function getSearchDirectory(): Promise<DirectoryEntry[]> {
  const [entities, stories, topics] = await Promise.all([getEntities(), getStories(), getTopics()]);
  return [
    ...[...entities.values()].map((e) => ({
      kind: e.kind,
      name: e.name,
      ...(e.native ? { native: { text: e.native.text, lang: e.native.lang }, parts: e.native.parts } : {}),
      role: e.role,
      url: urls.entity(e.slug),
    })),
    ...[...stories.values()]
      .filter((s) => s.articles.length > 0)
      .map((s) => ({ kind: 'story' as const, name: s.title, role: `Story: ${explainerCount(s.articles.length)}`, url: urls.story(s.slug) })),
    ...topics.map((t) => ({ kind: 'topic' as const, name: t.name, role: `Topic: ${explainerCount(t.articles.length)}`, url: urls.topic(t.slug) })),
  ];
}
