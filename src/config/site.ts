/**
 * Site-wide settings. Each can be overridden from the environment so tests,
 * benchmarks and real deployments build the same code differently.
 */
export const SITE = {
  name: 'Backstory',
  tagline: 'Explainers that give the news its context',
  /** IANA time zone in which dates are shown and archive years are cut. */
  timeZone: process.env.BACKSTORY_TIMEZONE ?? 'UTC',
  /** Locale for dates and numbers (formatted with Intl). */
  locale: 'en-GB',
  /** Articles per page of every paginated list: home, archive years, topics, entities, authors. */
  listPageSize: 50,
  /** Where readers write to the editors and report errors (BACKSTORY_CONTACT_EMAIL). */
  contactEmail: process.env.BACKSTORY_CONTACT_EMAIL ?? 'editors@backstory.example',
} as const;

/**
 * "Now" for deciding what is published: BACKSTORY_NOW (an ISO date-time) when
 * set, so tests and benchmarks build reproducibly, else the clock.
 */
export function now(): Date {
  const fixed = process.env.BACKSTORY_NOW;
  if (!fixed) return new Date();
  const d = new Date(fixed);
  if (Number.isNaN(d.getTime())) {
    throw new Error(
      `BACKSTORY_NOW="${fixed}" is not a date-time. Fix: use ISO 8601, e.g. BACKSTORY_NOW=2024-04-01T00:00:00Z, or unset it to use the clock.`,
    );
  }
  return d;
}
