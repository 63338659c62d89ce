/** Field types shared by the collections' schemas. */
import { z } from 'astro/zod';
import { dateLiteralProblem } from '../../domain/dates.ts';
import { SLUG_PATTERN } from '../../domain/slugs.ts';

/** A slug naming a file of another collection (a topic, an author, a story), e.g. north-korea. */
export const slug = (what: string) =>
  z.string().regex(SLUG_PATTERN, {
    error: `must be a ${what} slug of lower-case letters, digits and hyphens (e.g. north-korea)`,
  });

/**
 * A date as the editor wrote it. The loader hands over the literal from the
 * file (YAML dates are not turned into Dates), so an offset like +09:00 is
 * kept and an impossible day like 2024-02-30 is caught instead of rolling
 * into March.
 */
export const dateLiteral = z
  .union([z.string(), z.date()], { error: 'must be a date like 2024-03-26 or 2024-03-26T09:00:00+09:00' })
  .transform((v) => (v instanceof Date ? v.toISOString() : v.trim()))
  .superRefine((v, ctx) => {
    const problem = dateLiteralProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${v}" ${problem}; write 2024-03-26 or 2024-03-26T09:00:00+09:00` });
  });

/** A BCP 47 language tag: ko, ja, zh-Hant… */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'must be a language tag such as ko or ja' });
