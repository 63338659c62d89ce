/**
 * Slugs: the URL-safe names of articles, topics, entities, stories and
 * authors (the file name is the slug, README "Writing an explainer").
 */

/** The slug pattern, without anchors, for building larger patterns (links, search URLs). */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A whole string that is a slug: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = new RegExp(`^${SLUG}$`);

/**
 * A URL slug from a headline or file name:
 * "Why Kim Jong Un is courting Japan — now?" → "why-kim-jong-un-is-courting-japan-now".
 * Used by `npm run new` and to suggest a fix for a bad file name.
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'untitled'
  );
}
