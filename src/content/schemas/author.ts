import { z } from 'astro/zod';

/** A writer in `content/authors/<slug>.md`; articles name them in `authors`. */
export const authorSchema = z.strictObject({
  /** Name as shown in bylines. */
  name: z.string().trim().min(1).max(100),
  /** One line: what they cover or do, e.g. "Asia editor". */
  role: z.string().trim().min(1).max(120),
  /** A short biography for the author page (a sentence or three). */
  bio: z.string().trim().min(1).max(600),
});

export type AuthorData = z.output<typeof authorSchema>;
