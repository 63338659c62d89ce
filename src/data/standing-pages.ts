import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from './once-per-build.ts';

export type StandingPage = CollectionEntry<'pages'>;

/**
 * The standing pages (about, standards, contact…) the content root has. Read
 * once per build: the footer and the error-report line on every page ask,
 * and Astro warns on each read of an empty collection.
 */
export const getStandingPages = oncePerBuild(async (): Promise<StandingPage[]> => getCollection('pages'));
