/**
 * What the site is: its name, voice and list sizes (constants), plus the
 * settings a deployment chooses (config/env.ts).
 */
import { settings } from './env.ts';

export const SITE = {
  name: 'Backstory',
  tagline: 'Explainers that give the news its context',
  /** IANA time zone in which dates are shown and archive years are cut (BACKSTORY_TIMEZONE). */
  timeZone: settings.timeZone,
  /** Locale for dates and numbers (formatted with Intl). */
  locale: 'en-GB',
  /** Articles per page of every paginated list: home, archive years, topics, entities, authors. */
  listPageSize: 50,
  /** Running stories the home page shows. */
  homeStories: 3,
  /** Latest explainers the 404 page offers. */
  notFoundLatest: 5,
  /** Where readers write to the editors and report errors (BACKSTORY_CONTACT_EMAIL). */
  contactEmail: settings.contactEmail,
} as const;

export { now } from './env.ts';
