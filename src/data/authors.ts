import { getCollection } from 'astro:content';
import { STAFF_AUTHOR } from '../domain/authors.ts';
import { getArticles, type Article } from './articles.ts';
import { oncePerBuild } from './once-per-build.ts';
import { smartText } from '../markdown/typography.ts';

export interface Author {
  slug: string;
  name: string;
  role: string;
  bio: string;
  /** Their published articles, newest first. */
  articles: Article[];
}

/**
 * Every author with their published articles, by slug; `staff` always
 * exists. (Unknown author slugs are refused when content syncs:
 * content/checks/references.ts.)
 */
export const getAuthors = oncePerBuild(async (): Promise<Map<string, Author>> => {
  const [articles, entries] = await Promise.all([getArticles(), getCollection('authors')]);
  const authors = new Map<string, Author>([[STAFF_AUTHOR.slug, { ...STAFF_AUTHOR, articles: [] }]]);
  for (const e of entries)
    authors.set(e.id, { slug: e.id, ...e.data, name: smartText(e.data.name), role: smartText(e.data.role), bio: smartText(e.data.bio), articles: [] });
  for (const article of articles) for (const slug of article.authors) authors.get(slug)?.articles.push(article);
  return authors;
});
