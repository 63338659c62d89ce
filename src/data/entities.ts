import { getCollection } from 'astro:content';
import type { EntityData } from '../content/schemas/entity.ts';
import { getArticles, typesetSource, type Article } from './articles.ts';
import { smartText } from '../markdown/typography.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface Entity extends EntityData {
  slug: string;
  /** Published articles that mention it, newest first. */
  articles: Article[];
}

/**
 * Every entity with the published articles that mention it, by slug.
 * (Mentions of unknown entities are refused when content syncs, with
 * file:line: content/checks/references.ts.)
 */
export const getEntities = oncePerBuild(async (): Promise<Map<string, Entity>> => {
  const [articles, entries] = await Promise.all([getArticles(), getCollection('entities')]);
  const entities = new Map<string, Entity>(
    entries.map((e) => [
      e.id,
      {
        slug: e.id,
        ...e.data,
        name: smartText(e.data.name),
        role: smartText(e.data.role),
        summary: smartText(e.data.summary),
        sources: e.data.sources.map(typesetSource),
        corrections: e.data.corrections.map((c) => ({ ...c, text: smartText(c.text) })),
        articles: [],
      },
    ]),
  );
  for (const article of articles) {
    for (const slug of mentionedEntities(article)) entities.get(slug)?.articles.push(article);
  }
  return entities;
});

/** The entities an article mentions, each once, in order of first mention. */
export function mentionedEntities(article: Pick<Article, 'facts'>): string[] {
  return [...new Set(article.facts.entityMentions.map((m) => m.slug))];
}
