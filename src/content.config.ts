import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleSchema, authorSchema, entitySchema, pageSchema, storySchema, topicSchema } from './content/schemas.ts';
import { validatedGlob } from './content/loader.ts';
import { checkArticleLinks } from './content/checks/article-links.ts';

/**
 * The content root. BACKSTORY_CONTENT_DIR moves it so tests, benchmarks and
 * real archives build from anywhere; the sample site lives in ./content.
 */
const contentRoot = resolve(process.env.BACKSTORY_CONTENT_DIR ?? './content');
if (!existsSync(resolve(contentRoot, 'articles'))) {
  throw new Error(
    `No articles folder at ${resolve(contentRoot, 'articles')}. ` +
      `Fix: point BACKSTORY_CONTENT_DIR at a folder that holds articles/<slug>.md (it is "${process.env.BACKSTORY_CONTENT_DIR ?? './content'}", relative paths start at ${process.cwd()}).`,
  );
}

/** Slugs of the standing pages (content/pages/<slug>.md), which article bodies may link to. */
function standingPages(): Set<string> {
  const dir = resolve(contentRoot, 'pages');
  return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)) : []);
}

/** A collection of `<folder>/<slug>.md` files under the content root; the file name is the slug. */
function folder<S extends z.ZodObject>(name: string, schema: S, crossCheck?: Parameters<typeof validatedGlob>[0]['crossCheck']) {
  return defineCollection({ loader: validatedGlob({ base: resolve(contentRoot, name), schema, crossCheck }), schema });
}

export const collections = {
  /** Explainers: `articles/<slug>.md`, published at `/articles/<slug>/`. */
  articles: folder('articles', articleSchema, checkArticleLinks(import.meta.env.DEV, standingPages)),
  /** Optional display names for topic slugs: `topics/<slug>.md`. */
  topics: folder('topics', topicSchema),
  /** Standing pages (about, standards, contact): `pages/<slug>.md` at `/<slug>/`. */
  pages: folder('pages', pageSchema),
  /** Writers: `authors/<slug>.md`, listed at `/authors/<slug>/`. */
  authors: folder('authors', authorSchema),
  /** People, places and organisations: `entities/<slug>.md`, with context cards and `/entities/<slug>/`. */
  entities: folder('entities', entitySchema),
  /** Running stories: `stories/<slug>.md`, at `/stories/<slug>/`. */
  stories: folder('stories', storySchema),
};
