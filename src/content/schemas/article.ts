import { z } from 'astro/zod';
import { toInstant } from '../../domain/dates.ts';
import { SITE } from '../../config/site.ts';
import { dateLiteral, slug } from './fields.ts';
import { sourceSchema } from './source.ts';

/** One dated entry of an article's corrections or updates log. */
export const revisionSchema = z.strictObject({
  /** When the change was made; date or date-time with offset. Not before `publishedAt`. */
  date: dateLiteral,
  /** What changed, in a sentence or two, as readers will see it. */
  text: z.string().trim().min(1),
});

/** Front matter of an explainer in `content/articles/<slug>.md`. */
export const articleSchema = z
  .strictObject({
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
    /** Author slugs (files in content/authors/, or `staff`); `staff` when omitted. */
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
    /**
     * What the explainer's facts rest on, each cited in the text as
     * `:cite[id]` (README, "Sources"). Shown as one numbered list, in the
     * order of first citation; every source listed must be cited.
     */
    sources: z.array(sourceSchema).default([]),
  })
  .superRefine((a, ctx) => {
    const ids = new Set<string>();
    a.sources.forEach((source, i) => {
      if (ids.has(source.id)) {
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `"${source.id}" is used by an earlier source; give each source its own id` });
      }
      ids.add(source.id);
    });
    const instant = (d: string) => toInstant(d, SITE.timeZone);
    const published = instant(a.publishedAt);
    for (const kind of ['corrections', 'updates'] as const) {
      a[kind].forEach((entry, i) => {
        if (instant(entry.date) < published) {
          ctx.addIssue({
            code: 'custom',
            path: [kind, i, 'date'],
            message: `(${entry.date}) is before publishedAt (${a.publishedAt}); a ${kind === 'corrections' ? 'correction' : 'update'} cannot precede publication. Fix the date`,
          });
        }
      });
    }
    // An explainer cannot rest on a report that did not exist yet: a source
    // dated after publication must come with the update or correction that
    // added it (compared by calendar day, as sources are dated).
    const latestRevision = [a.publishedAt, a.updatedAt, ...a.corrections.map((c) => c.date), ...a.updates.map((u) => u.date)]
      .filter((d): d is string => d !== undefined)
      .map((d) => d.slice(0, 10))
      .sort()
      .at(-1)!;
    a.sources.forEach((source, i) => {
      if (source.date > latestRevision) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'date'],
          message: `(${source.date}) is after publishedAt (${a.publishedAt}) and after every entry of updates: and corrections:; a source cannot postdate what cites it. Fix: add the update that added this source (date on or after ${source.date}), or correct the date`,
        });
      }
    });
    if (a.updatedAt && instant(a.updatedAt) < published) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: `(${a.updatedAt}) is before publishedAt (${a.publishedAt}); an update cannot precede publication. Fix the date or remove updatedAt`,
      });
    }
  });

export type ArticleData = z.output<typeof articleSchema>;
