import { z } from 'astro/zod';
import { slug } from './fields.ts';

/**
 * A running story in `content/stories/<slug>.md` that explainers join with
 * `story: <slug>`. Its body says what the story is and holds the story's
 * own `:::timeline` (its events only, written for the story page).
 */
export const storySchema = z.strictObject({
  /** The story's name, e.g. "Japan and North Korea". */
  title: z.string().trim().min(1).max(120),
  /** One or two sentences: what the story is about. */
  description: z.string().trim().min(1).max(400),
  /** The explainer a newcomer should read first (one of the story's); the newest when omitted. */
  startHere: slug('article').optional(),
});

export type StoryData = z.output<typeof storySchema>;
