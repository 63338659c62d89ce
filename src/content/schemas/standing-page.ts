import { z } from 'astro/zod';

/** A standing page in `content/pages/<slug>.md`, published at `/<slug>/` (about, standards, contact). */
export const standingPageSchema = z.strictObject({
  /** The page's heading and title. */
  title: z.string().trim().min(1).max(120),
  /** Meta description: what a reader finds on the page. */
  description: z.string().trim().min(1).max(300),
});
