import { statSync } from 'node:fs';
import { join } from 'node:path';
import { siteFacts, type PageFacts } from './page-facts.ts';

export { htmlFiles } from './page-facts.ts';

export interface BrokenLink {
  /** Page that holds the link, relative to the site root. */
  page: string;
  href: string;
  reason: 'no such page' | 'no such fragment';
}

/** The file a site URL path is served from, or undefined. */
function fileFor(path: string, pages: ReadonlyMap<string, PageFacts>, assets: (p: string) => boolean): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\//, '');
  if (clean === '' || clean.endsWith('/')) return pages.has(`${clean}index.html`) ? `${clean}index.html` : undefined;
  if (pages.has(clean)) return clean;
  return assets(clean) ? clean : undefined;
}

/**
 * Checks every internal link and `#fragment` of a built site, from its
 * pages' facts (page-facts.ts): each must lead to a page (or file) that
 * exists in `dir` and, with a fragment, to an element with that id.
 * External links are not fetched (builds and tests stay offline).
 */
export function brokenLinks(dir: string, pages: ReadonlyMap<string, PageFacts>): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    let set = ids.get(page);
    if (!set) ids.set(page, (set = new Set(pages.get(page)!.ids)));
    return set;
  };
  const assets = new Map<string, boolean>();
  const assetExists = (p: string) => {
    let found = assets.get(p);
    if (found === undefined) assets.set(p, (found = statSync(join(dir, p), { throwIfNoEntry: false })?.isFile() ?? false));
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const [page, facts] of pages) {
    for (const [href, target] of facts.targets) {
      const hash = target.indexOf('#');
      const path = hash < 0 ? target : target.slice(0, hash);
      const file = fileFor(path, pages, assetExists);
      if (!file) {
        broken.push({ page, href, reason: 'no such page' });
        continue;
      }
      const fragment = hash < 0 ? '' : decodeURIComponent(target.slice(hash + 1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push({ page, href, reason: 'no such fragment' });
    }
  }
  return broken;
}

/** brokenLinks over every page of `dir`, read now (no cache). */
export function findBrokenLinks(dir: string, origin = 'http://127.0.0.1:4321'): BrokenLink[] {
  return brokenLinks(dir, siteFacts(dir, origin));
}
