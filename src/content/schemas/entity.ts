import { z } from 'astro/zod';
import { ENTITY_KINDS, type EntityKind } from '../../domain/labels.ts';
import { languageTag } from './fields.ts';
import { publicationSchema } from './source.ts';
import { revisionSchema } from './article.ts';

/** A person, place or organisation in `content/entities/<slug>.md`, mentioned in articles as `:entity[Name]{#slug}`. */
export const entitySchema = z.strictObject({
  /** Name in English, as readers know it. */
  name: z.string().trim().min(1).max(100),
  /** The name in its own script, with its language, e.g. { text: 김정은, lang: ko }. */
  native: z
    .strictObject({
      /** The name as written in that language. */
      text: z.string().trim().min(1),
      /** BCP 47 language tag: ko, ja, zh… */
      lang: languageTag,
      /**
       * The name's parts, family name first, for a script written without
       * spaces: [岸田, 文雄], [김, 정은]. A reader who types one part finds the
       * explainers that write the whole name (search).
       */
      parts: z.array(z.string().trim().min(1)).min(2).optional(),
    })
    .refine((n) => !n.parts || n.parts.join('') === n.text, { error: 'has parts that do not spell the name; list them in order, e.g. parts: [岸田, 文雄] for 岸田文雄', path: ['parts'] })
    .optional(),
  /** What it is. */
  kind: z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]),
  /** One line that says who or what it is, shown first in the context card. */
  role: z.string().trim().min(1).max(160),
  /** Two or three sentences of well-established context for the card and the entity page. */
  summary: z.string().trim().min(1).max(700),
  /** Sources for the role and summary (publisher, title, date), listed on the entity's page. */
  sources: z.array(publicationSchema).min(1, { error: 'needs at least one source for its facts' }),
  /**
   * Corrections of errors of fact in the role or summary, dated, as readers
   * see them on the entity's page. The profile also shows in context cards
   * across explainers, so a fix is logged here as an explainer's would be.
   */
  corrections: z.array(revisionSchema).default([]),
});

export type EntityData = z.output<typeof entitySchema>;
