import { urls } from '../domain/urls.ts';
import { getStandingPages } from '../data/standing-pages.ts';
import { oncePerBuild } from '../data/once-per-build.ts';

export interface FooterLink {
  href: string;
  label: string;
}

/** Standing pages in the order readers look for them, with short labels. */
const STANDING_LABELS: Record<string, string> = { about: 'About', standards: 'Standards and corrections', contact: 'Contact' };

/**
 * The footer's two rows of links: where to browse, and the standing pages
 * the content root has (only those, so no footer link can break).
 */
export const getFooterLinks = oncePerBuild(async (): Promise<FooterLink[][]> => {
  const order = Object.keys(STANDING_LABELS);
  const pages = (await getStandingPages())
    .filter((p) => order.includes(p.id))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
    .map((p) => ({ href: urls.page(p.id), label: STANDING_LABELS[p.id] ?? p.data.title }));
  const browse = [
    { href: urls.topics(), label: 'All topics' },
    { href: urls.stories(), label: 'Stories' },
    { href: urls.entities(), label: 'People and places' },
    { href: urls.archive(), label: 'Archive' },
    { href: urls.search(), label: 'Search' },
  ];
  return [browse, pages].filter((links) => links.length > 0);
});
