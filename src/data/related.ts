import { relatedIndex } from '../domain/related.ts';
import { getArticles, type Article } from './articles.ts';
import { mentionedEntities } from './entities.ts';
import { oncePerBuild } from './once-per-build.ts';

/** Up to five related explainers per article, computed once per build (domain/related.ts). */
export const getRelated = oncePerBuild(async (): Promise<Map<string, Article[]>> => {
  const articles = await getArticles();
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const index = relatedIndex(
    articles.map((a) => ({ slug: a.slug, time: a.published.getTime(), story: a.story, entities: mentionedEntities(a), topics: a.topics })),
  );
  return new Map([...index].map(([slug, related]) => [slug, related.map((s) => bySlug.get(s)!)]));
});
