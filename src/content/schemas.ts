import { z } from 'astro/zod';
import { dateLiteralProblem, toInstant } from '../domain/dates.ts';

/** URL-safe slug: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = (what: string) =>
  z.string().regex(SLUG_PATTERN, {
    error: `must be a ${what} slug of lower-case letters, digits and hyphens (e.g. north-korea)`,
  });

/**
 * A date as the editor wrote it. The content loader hands us the literal from
 * the file (not js-yaml's Date), so an offset like +09:00 is kept and an
 * impossible day like 2024-02-30 is caught instead of rolling into March.
 */
export const dateLiteral = z
  .union([z.string(), z.date()], { error: 'must be a date like 2024-03-26 or 2024-03-26T09:00:00+09:00' })
  .transform((v) => (v instanceof Date ? v.toISOString() : v.trim()))
  .superRefine((v, ctx) => {
    const problem = dateLiteralProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${v}" ${problem}; write 2024-03-26 or 2024-03-26T09:00:00+09:00` });
  });

/** One dated entry of an article's corrections or updates log. */
export const revisionSchema = z.strictObject({
  /** When the change was made; date or date-time with offset. Not before `publishedAt`. */
  date: dateLiteral,
  /** What changed, in a sentence or two, as readers will see it. */
  text: z.string().trim().min(1),
});

/** Front matter of an explainer in `content/articles/<slug>.md`. */
export const articleSchema = z.strictObject({
  /** Headline, shown as the page's only `h1` and in listings, search and shares. */
  title: z.string().trim().min(1).max(200),
  /** The dek: one or two sentences, also the meta description and share text. */
  description: z.string().trim().min(1).max(400),
  /** When the explainer was first published; date or date-time with offset. Future dates stay unpublished until then. */
  publishedAt: dateLiteral,
  /** The last meaningful change (not typo fixes); shown as "Updated". Must not precede `publishedAt`. */
  updatedAt: dateLiteral.optional(),
  /** Topic slugs, at least one; `content/topics/<slug>.md` may give a topic a display name. */
  topics: z.array(slug('topic')).min(1, { error: 'needs at least one topic, e.g. topics: [north-korea]' }),
  /** Author slugs; `staff` when omitted. */
  authors: z.array(slug('author')).min(1).default(['staff']),
  /** Drafts are built by `npm run dev` only, never published. */
  draft: z.boolean().default(false),
  /** The story this explainer belongs to: a file in content/stories/ (its page shows the explainers in time order). */
  story: slug('story').optional(),
  /**
   * Slugs this explainer was published under before (its file was renamed).
   * Each old URL keeps working: the build writes a redirect page there and a
   * line in dist/_redirects for hosts that serve real 301s.
   */
  redirectFrom: z.array(slug('old slug')).default([]),
  /** Corrections of errors of fact, shown in a dated log at the end and counted as modifications. */
  corrections: z.array(revisionSchema).default([]),
  /** Meaningful additions after publication (new developments), shown in the same log. */
  updates: z.array(revisionSchema).default([]),
}).superRefine((a, ctx) => {
  const published = toInstant(a.publishedAt);
  for (const kind of ['corrections', 'updates'] as const) {
    a[kind].forEach((entry, i) => {
      if (toInstant(entry.date) < published) {
        ctx.addIssue({
          code: 'custom',
          path: [kind, i, 'date'],
          message: `(${entry.date}) is before publishedAt (${a.publishedAt}); a ${kind === 'corrections' ? 'correction' : 'update'} cannot precede publication. Fix the date`,
        });
      }
    });
  }
  if (a.updatedAt && toInstant(a.updatedAt) < toInstant(a.publishedAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['updatedAt'],
      message: `(${a.updatedAt}) is before publishedAt (${a.publishedAt}); an update cannot precede publication. Fix the date or remove updatedAt`,
    });
  }
});

export type ArticleData = z.output<typeof articleSchema>;

/** Optional `content/topics/<slug>.md`: a display name and description for a topic slug. */
export const topicSchema = z.strictObject({
  /** Display name, e.g. "North Korea". */
  title: z.string().trim().min(1).max(80),
  /** One sentence shown on the topic page and in the topic index. */
  description: z.string().trim().min(1).max(300).optional(),
});


/** A standing page in `content/pages/<slug>.md`, published at `/<slug>/` (about, standards, contact). */
export const pageSchema = z.strictObject({
  /** The page's heading and title. */
  title: z.string().trim().min(1).max(120),
  /** Meta description: what a reader finds on the page. */
  description: z.string().trim().min(1).max(300),
});


/** A writer in `content/authors/<slug>.md`; articles name them in `authors`. */
export const authorSchema = z.strictObject({
  /** Name as shown in bylines. */
  name: z.string().trim().min(1).max(100),
  /** One line: what they cover or do, e.g. "Asia editor". */
  role: z.string().trim().min(1).max(120),
  /** A short biography for the author page (a sentence or three). */
  bio: z.string().trim().min(1).max(600),
});


/** A person, place or organisation in `content/entities/<slug>.md`, mentioned in articles as `:entity[Name]{#slug}`. */
export const entitySchema = z.strictObject({
  /** Name in English, as readers know it. */
  name: z.string().trim().min(1).max(100),
  /** The name in its own script, with its language, e.g. { text: 김정은, lang: ko }. */
  native: z.strictObject({
    /** The name as written in that language. */
    text: z.string().trim().min(1),
    /** BCP 47 language tag: ko, ja, zh… */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'must be a language tag such as ko or ja' }),
  }).optional(),
  /** What it is. */
  kind: z.enum(['person', 'place', 'organisation']),
  /** One line that says who or what it is, shown first in the context card. */
  role: z.string().trim().min(1).max(160),
  /** Two or three sentences of well-established context for the card and the entity page. */
  summary: z.string().trim().min(1).max(700),
  /** Sources for the role and summary: publisher, title, date. */
  sources: z.array(z.string().trim().min(1)).min(1, { error: 'needs at least one source for its facts' }),
});

export type EntityData = z.output<typeof entitySchema>;

/** A running story in `content/stories/<slug>.md` that explainers join with `story: <slug>`. */
export const storySchema = z.strictObject({
  /** The story's name, e.g. "Japan and North Korea". */
  title: z.string().trim().min(1).max(120),
  /** One or two sentences: what the story is about. */
  description: z.string().trim().min(1).max(400),
});

export type StoryData = z.output<typeof storySchema>;
