import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleSchema, authorSchema, entitySchema, pageSchema, storySchema, topicSchema } from './lib/content/article-schema.ts';
import { validatedGlob } from './lib/content/validated-glob.ts';

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

/** Explainers: `articles/<slug>.md`, the file name is the URL slug. */
const articles = defineCollection({
  loader: validatedGlob({
    base: resolve(contentRoot, 'articles'),
    schema: articleSchema,
  }),
  schema: articleSchema,
});

/** Optional display names for topic slugs: `topics/<slug>.md`. */
const topics = defineCollection({
  loader: validatedGlob({ base: resolve(contentRoot, 'topics'), schema: topicSchema }),
  schema: topicSchema,
});

/** Standing pages (about, standards, contact): `pages/<slug>.md` at `/<slug>/`. */
const pages = defineCollection({
  loader: validatedGlob({ base: resolve(contentRoot, 'pages'), schema: pageSchema }),
  schema: pageSchema,
});

/** Writers: `authors/<slug>.md`, listed at `/authors/<slug>/`. */
const authors = defineCollection({
  loader: validatedGlob({ base: resolve(contentRoot, 'authors'), schema: authorSchema }),
  schema: authorSchema,
});

/** People, places and organisations: `entities/<slug>.md`, with context cards and `/entities/<slug>/`. */
const entities = defineCollection({
  loader: validatedGlob({ base: resolve(contentRoot, 'entities'), schema: entitySchema }),
  schema: entitySchema,
});

/** Running stories: `stories/<slug>.md`, at `/stories/<slug>/`. */
const stories = defineCollection({
  loader: validatedGlob({ base: resolve(contentRoot, 'stories'), schema: storySchema }),
  schema: storySchema,
});

export const collections = { articles, topics, pages, authors, entities, stories };
