import { z } from 'astro/zod';

/** Optional `content/topics/<slug>.md`: a display name and description for a topic slug. */
export const topicSchema = z.strictObject({
  /** Display name, e.g. "North Korea". */
  title: z.string().trim().min(1).max(80),
  /** One sentence shown on the topic page and in the topic index. */
  description: z.string().trim().min(1).max(300).optional(),
});

export type TopicData = z.output<typeof topicSchema>;
