import { SITE } from '../config/site.ts';
import { getStandingPages, type StandingPage } from '../data/standing-pages.ts';
import { renderBody } from '../data/render.ts';
import { pageKey } from '../data/page-cache-keys.ts';
import type { HeadInput } from './head.ts';

/** The standing pages (about, standards, contact) at `/<slug>/`; their text is in the site key (data/page-cache-keys.ts). */
export async function getStandingPagePaths() {
  const cacheKey = await pageKey();
  return (await getStandingPages()).map((entry) => ({ params: { page: entry.id }, props: { entry }, cacheKey }));
}

export async function getStandingPageRoute(entry: StandingPage) {
  return {
    head: { title: entry.data.title, description: entry.data.description } satisfies HeadInput,
    title: entry.data.title,
    body: await renderBody(entry),
    /** The contact page shows the editors' address under its text. */
    contactEmail: entry.id === 'contact' ? SITE.contactEmail : undefined,
  };
}
