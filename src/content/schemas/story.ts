import { z } from 'astro/zod';

/** A running story in `content/stories/<slug>.md` that explainers join with `story: <slug>`. */
export const storySchema = z.strictObject({
  /** The story's name, e.g. "Japan and North Korea". */
  title: z.string().trim().min(1).max(120),
  /** One or two sentences: what the story is about. */
  description: z.string().trim().min(1).max(400),
});

export type StoryData = z.output<typeof storySchema>;
