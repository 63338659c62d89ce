import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, newestFirst, toSummary, topicNameFromSlug, groupByTopic, type ArticleSummary } from '../domain/articles.ts';
import { now } from '../config/site.ts';
import { oncePerBuild } from './once-per-build.ts';
import { contentError } from '../content/content-error.ts';
import type { EntityData } from '../content/schemas.ts';
import type { EntityMention } from '../markdown/plugins/remark-entity-mentions.ts';
import { readFileSync } from 'node:fs';
import { bodyLineOffsetOf } from '../markdown/body-offset.ts';
import { collectRedirects, type Redirect } from '../domain/redirects.ts';

export interface Article extends ArticleSummary {
  entry: CollectionEntry<'articles'>;
}

export interface Author {
  slug: string;
  name: string;
  role: string;
  bio: string;
  articles: Article[];
}

/**
 * The default byline needs no file: a content root without authors/staff.md
 * (a benchmark corpus, an imported archive) still builds.
 */
const STAFF: Omit<Author, 'articles'> = {
  slug: 'staff',
  name: 'Backstory staff',
  role: 'The editors',
  bio: "Explainers written and checked by Backstory's editors.",
};

export interface Topic {
  slug: string;
  name: string;
  description?: string | undefined;
  articles: Article[];
}

/**
 * Every article the build publishes, newest first, loaded and checked once
 * per build. In `npm run dev` drafts and future-dated articles are included.
 */
export const getArticles = oncePerBuild(async (): Promise<Article[]> => {
  const at = now();
  const entries = await getCollection('articles');
  const all = entries.map((entry) => {
    // The glob loader only logs a Markdown render error; a published article
    // without a body must stop the build instead of shipping empty.
    if (!entry.rendered) {
      throw contentError(
        `${entry.filePath ?? entry.id}: the Markdown body failed to render (the error above says where and why).`,
        'Fix the body as the error above says, then build again.',
      );
    }
    return { ...toSummary(entry.id, entry.data), entry };
  });
  const shown = import.meta.env.DEV ? all : all.filter((a) => isPublished(a, at));
  return newestFirst(shown);
});

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getArticles()).find((a) => a.slug === slug);
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
      name: info.get(slug)?.title ?? topicNameFromSlug(slug),
      description: info.get(slug)?.description,
      articles: list,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
});

/** Display name of each topic slug used by published articles. */
export async function getTopicNames(): Promise<Map<string, string>> {
  return new Map((await getTopics()).map((t) => [t.slug, t.name]));
}

/**
 * Every author with their published articles (newest first), by slug. An
 * article that names an author without a file in content/authors stops the
 * build, naming the article and the slug.
 */
export const getAuthors = oncePerBuild(async (): Promise<Map<string, Author>> => {
  const [articles, entries] = await Promise.all([getArticles(), getCollection('authors')]);
  const authors = new Map<string, Author>([[STAFF.slug, { ...STAFF, articles: [] }]]);
  for (const e of entries) authors.set(e.id, { slug: e.id, ...e.data, articles: [] });
  const missing: string[] = [];
  for (const article of articles) {
    for (const slug of article.authors) {
      const author = authors.get(slug);
      if (author) author.articles.push(article);
      else missing.push(`${article.entry.filePath ?? article.slug}: author "${slug}" has no file content/authors/${slug}.md`);
    }
  }
  if (missing.length) {
    throw contentError(missing.join('\n'), 'Fix: add the author file (name, role, bio), or correct the slug in the article\'s authors list.');
  }
  return authors;
});

export interface Entity extends EntityData {
  slug: string;
  /** Published articles that mention it, newest first. */
  articles: Article[];
}

/**
 * Every entity with the published articles that mention it, by slug. A
 * mention of an entity without a file stops the build, naming the article,
 * the line and the slug (all such mentions at once).
 */
export const getEntities = oncePerBuild(async (): Promise<Map<string, Entity>> => {
  const [articles, entries] = await Promise.all([getArticles(), getCollection('entities')]);
  const entities = new Map<string, Entity>(entries.map((e) => [e.id, { slug: e.id, ...e.data, articles: [] }]));
  const missing: string[] = [];
  for (const article of articles) {
    const file = article.entry.filePath ?? article.slug;
    const mentioned = new Set<string>();
    for (const m of mentionsOf(article)) {
      const entity = entities.get(m.slug);
      if (!entity) missing.push(`${file}:${m.line + bodyOffset(article)}: unknown entity "${m.slug}" (no content/entities/${m.slug}.md)`);
      else if (!mentioned.has(m.slug)) {
        mentioned.add(m.slug);
        entity.articles.push(article);
      }
    }
  }
  if (missing.length) {
    throw contentError(missing.join('\n'), 'Fix: add the entity file (name, kind, role, summary, sources), or correct the slug after # in the mention.');
  }
  return entities;
});

/** Entity mentions the Markdown plugin recorded for an article (body-relative lines). */
export function mentionsOf(article: Article): EntityMention[] {
  const frontmatter = article.entry.rendered?.metadata?.frontmatter as { entityMentions?: EntityMention[] } | undefined;
  return frontmatter?.entityMentions ?? [];
}

/** Lines above the body (front matter), to turn body lines into file lines. */
function bodyOffset(article: Article): number {
  const { filePath } = article.entry;
  return filePath ? bodyLineOffsetOf(readFileSync(filePath, 'utf8')) : 0;
}

/**
 * Old article slugs and the live article each now points to (redirectFrom).
 * A collision with a live slug, a chain or a slug claimed twice stops the
 * build, every problem at once.
 */
export const getRedirects = oncePerBuild(async (): Promise<Redirect[]> => {
  const articles = await getArticles();
  const { redirects, problems } = collectRedirects(articles.map((a) => ({ slug: a.slug, redirectFrom: a.redirectFrom, file: a.entry.filePath ?? a.slug })));
  if (problems.length) throw contentError(problems.join('\n'), 'Each line above names the article and what to change in its redirectFrom list.');
  return redirects;
});
