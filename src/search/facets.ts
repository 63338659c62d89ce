/**
 * The filters the search page offers, built once per build from the same
 * data as the listings, each value with its number of published articles
 * (the counts shown before any search, and without JavaScript).
 */
import { getArticles } from '../data/articles.ts';
import { getEntities } from '../data/entities.ts';
import { getTopics } from '../data/topics.ts';
import { getStories } from '../data/stories.ts';
import { groupByYear } from '../domain/articles.ts';
import { ENTITY_KINDS, entityKindPlural } from '../domain/labels.ts';
import type { FilterKey } from './state.ts';

export interface FacetValue {
  value: string;
  label: string;
  /** Published articles with this value. */
  total: number;
}
export interface FacetGroup {
  /** The URL parameter (several groups can share one, e.g. people and places are both `entity`). */
  key: FilterKey;
  legend: string;
  values: FacetValue[];
}

export async function getSearchFacets(): Promise<FacetGroup[]> {
  const [articles, topics, entities, stories] = await Promise.all([getArticles(), getTopics(), getEntities(), getStories()]);
  const byName = (a: FacetValue, b: FacetValue) => b.total - a.total || a.label.localeCompare(b.label);
  const groups: FacetGroup[] = [
    { key: 'topic', legend: 'Topics', values: topics.map((t) => ({ value: t.slug, label: t.name, total: t.articles.length })).sort(byName) },
  ];
  for (const kind of ENTITY_KINDS) {
    const values = [...entities.values()]
      .filter((e) => e.kind === kind && e.articles.length > 0)
      .map((e) => ({ value: e.slug, label: e.name, total: e.articles.length }))
      .sort(byName);
    // "People mentioned": one label per group, distinct from a topic that may be called "People".
    groups.push({ key: 'entity', legend: `${entityKindPlural(kind)} mentioned`, values });
  }
  groups.push({
    key: 'story',
    legend: 'Stories',
    values: [...stories.values()]
      .filter((s) => s.articles.length > 0)
      .map((s) => ({ value: s.slug, label: s.title, total: s.articles.length }))
      .sort(byName),
  });
  groups.push({
    key: 'year',
    legend: 'Year published',
    values: groupByYear(articles).map(({ year, articles: list }) => ({ value: String(year), label: String(year), total: list.length })),
  });
  return groups.filter((g) => g.values.length > 0);
}
