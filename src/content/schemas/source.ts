import { z } from 'astro/zod';
import { parsePartialDate } from '../../domain/partial-date.ts';
import { languageTag, slug } from './fields.ts';

/**
 * A published source: who published it, its title, when. Explainers list
 * theirs in front matter (`sources:`) and cite them in the text with
 * `:cite[id]`; entity profiles list theirs the same way, without ids.
 */
export const publicationSchema = z.strictObject({
  /** Who published it: the agency, newspaper or government body ("Associated Press", "Korean Central News Agency"). */
  publisher: z.string().trim().min(1).max(120),
  /** Where it was read, when another outlet carried it ("Daily Maverick" for an AP report). */
  via: z.string().trim().min(1).max(120).optional(),
  /** The title as published, in its own language and script. */
  title: z.string().trim().min(1).max(300),
  /** Language of the title when it is not English (BCP 47: ko, ja…), so it is set and read in that language. */
  lang: languageTag.optional(),
  /** An English rendering of a title in another language, shown after it. */
  translation: z.string().trim().min(1).max(300).optional(),
  /**
   * Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when that is all the
   * record gives. Required: a reader checking a fact needs to know when it
   * was reported, and an undated page is better replaced by a dated report.
   */
  date: z
    .string({ error: 'is required: the date the source was published, e.g. 2024-03-25, 2024-03 or 2024' })
    .trim()
    .refine((d) => parsePartialDate(d) !== null, { error: 'must be a real date like 2024-03-25 (or 2024-03, or 2024)' }),
  /** The address, only when it is certainly right: a wrong link is worse than none. */
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) address' }).optional(),
  /** What in it is used, when not the whole ("photo caption on the Cheonan"). */
  note: z.string().trim().min(1).max(200).optional(),
});

/** A source an explainer cites: a publication with the short id its text cites it by. */
export const sourceSchema = publicationSchema.extend({
  /** What the text cites it by, `:cite[ap-2024]`; unique within the explainer. */
  id: slug('source id'),
});

export type PublicationData = z.output<typeof publicationSchema>;
export type SourceData = z.output<typeof sourceSchema>;
