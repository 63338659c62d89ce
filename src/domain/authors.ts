/**
 * The default byline. It needs no file, so a content root without
 * authors/staff.md (a benchmark corpus, an imported archive) still builds.
 */
export const STAFF_AUTHOR = {
  slug: 'staff',
  name: 'Backstory staff',
  role: 'The editors',
  bio: "Explainers written and checked by Backstory's editors.",
} as const;
