import { getArticles, mentionsOf, type Article } from './articles.ts';
import { relatedIndex } from '../domain/related.ts';
import { oncePerBuild } from './once-per-build.ts';

/** Up to five related explainers per article, computed once per build (see related.ts). */
export const getRelated = oncePerBuild(async (): Promise<Map<string, Article[]>> => {
  const articles = await getArticles();
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const index = relatedIndex(
    articles.map((a) => ({
      slug: a.slug,
      time: a.published.getTime(),
      story: a.story,
      entities: [...new Set(mentionsOf(a).map((m) => m.slug))],
      topics: a.topics,
    })),
  );
  return new Map([...index].map(([slug, related]) => [slug, related.map((s) => bySlug.get(s)!)]));
});
