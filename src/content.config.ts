/**
 * The collections: one folder of Markdown files each under the content root
 * (BACKSTORY_CONTENT_DIR, default ./content), read by our loader
 * (content/loader.ts) and checked against a schema per collection
 * (content/schemas/). The articles collection also checks, on every sync,
 * its links and what it names in other collections.
 */
import { defineCollection } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { settings } from './config/env.ts';
import { markdownCollection, type CollectionOptions, type LoadedEntry } from './content/loader.ts';
import { articleSchema } from './content/schemas/article.ts';
import { authorSchema } from './content/schemas/author.ts';
import { entitySchema } from './content/schemas/entity.ts';
import { standingPageSchema } from './content/schemas/standing-page.ts';
import { storySchema } from './content/schemas/story.ts';
import { topicSchema } from './content/schemas/topic.ts';
import { articleLinkCheck } from './content/checks/article-links.ts';
import { referenceProblems } from './content/checks/references.ts';
import { citationProblems } from './content/checks/citations.ts';
import { keyPointsAdvice } from './content/checks/key-points.ts';
import { parseMarkdownFile } from './content/frontmatter.ts';
import { contentError } from './content/content-error.ts';
import { STAFF_AUTHOR } from './domain/authors.ts';

const contentRoot = settings.contentDir;
if (!existsSync(resolve(contentRoot, 'articles'))) {
  throw contentError(
    `No articles folder at ${resolve(contentRoot, 'articles')}.`,
    `Fix: point BACKSTORY_CONTENT_DIR at a folder that holds articles/<slug>.md (relative paths start at ${process.cwd()}).`,
  );
}

/** The slugs (file names) of a collection's folder. */
function slugsIn(name: string): Set<string> {
  const dir = resolve(contentRoot, name);
  return new Set(
    existsSync(dir)
      ? readdirSync(dir, { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('.md'))
          .map((f) => f.replace(/^.*[\\/]/, '').slice(0, -3))
      : [],
  );
}

/** The file line of a front-matter field, read again from the file (only for entries with a problem). */
function lineOf(entry: LoadedEntry, field: string): number {
  const parsed = parseMarkdownFile(readFileSync(resolve(entry.file), 'utf8'));
  return (parsed.ok && (parsed.file.lines.get(field) ?? parsed.file.lines.get(field.split('.')[0]!))) || 1;
}

function checkArticles(entries: readonly LoadedEntry[]): string[] {
  return [
    ...referenceProblems(
      entries,
      { authors: slugsIn('authors'), stories: slugsIn('stories'), entities: slugsIn('entities'), defaultAuthor: STAFF_AUTHOR.slug },
      lineOf,
    ),
    ...citationProblems(entries, lineOf),
    ...articleLinkCheck(entries, { showUnpublished: import.meta.env.DEV, standingPages: slugsIn('pages') }),
  ];
}

function folder<S extends CollectionOptions['schema']>(name: string, schema: S, check?: CollectionOptions['check'], advise?: CollectionOptions['advise']) {
  return defineCollection({ loader: markdownCollection({ base: resolve(contentRoot, name), schema, check, advise }), schema });
}

export const collections = {
  /** Explainers: `articles/<slug>.md`, published at `/articles/<slug>/`. */
  articles: folder('articles', articleSchema, checkArticles, keyPointsAdvice),
  /** Optional display names for topic slugs: `topics/<slug>.md`. */
  topics: folder('topics', topicSchema),
  /** Standing pages (about, standards, contact): `pages/<slug>.md` at `/<slug>/`. */
  pages: folder('pages', standingPageSchema),
  /** Writers: `authors/<slug>.md`, listed at `/authors/<slug>/`. */
  authors: folder('authors', authorSchema),
  /** People, places and organisations: `entities/<slug>.md`, with context cards and `/entities/<slug>/`. */
  entities: folder('entities', entitySchema),
  /** Running stories: `stories/<slug>.md`, at `/stories/<slug>/`. */
  stories: folder('stories', storySchema),
};
