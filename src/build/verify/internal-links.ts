import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  /** Page that holds the link, relative to the site root. */
  page: string;
  href: string;
  reason: 'no such page' | 'no such fragment';
}

/** href/src attributes inside a start tag (text that merely shows `href="…"` is escaped and has no `<`). */
const ATTR = /<[a-zA-Z][^<>]*?\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Every .html file under `dir`, as site-relative paths. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The file a site URL path is served from, or undefined. */
function fileFor(path: string, files: Set<string>, assets: (p: string) => boolean): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\//, '');
  if (clean === '' || clean.endsWith('/')) return files.has(`${clean}index.html`) ? `${clean}index.html` : undefined;
  if (files.has(clean)) return clean;
  return assets(clean) ? clean : undefined;
}

/**
 * Checks every internal link and `#fragment` in a built site: each must lead
 * to a page (or file) that exists and, with a fragment, to an element with
 * that id. External links are not fetched (builds and tests stay offline).
 */
export function findBrokenLinks(dir: string, origin = 'http://127.0.0.1:4321'): BrokenLink[] {
  const pages = htmlFiles(dir);
  const files = new Set(pages);
  // Pages are read one at a time and only the ids of link targets are kept:
  // at 20,000 articles all the HTML together is over a gigabyte.
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  const ids = new Map<string, Set<string>>();
  const idsOf = (p: string, html?: string) => {
    let set = ids.get(p);
    if (!set) ids.set(p, (set = new Set([...(html ?? read(p)).matchAll(ID)].map((m) => decodeEntities(m[1]!)))));
    return set;
  };
  const assetExists = (p: string) => {
    try {
      return statSync(join(dir, p)).isFile();
    } catch {
      return false;
    }
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const base = new URL(`/${page.replace(/index\.html$/, '')}`, origin);
    const html = read(page);
    for (const m of html.matchAll(ATTR)) {
      const href = decodeEntities(m[1]!);
      if (/^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
      const url = new URL(href, base);
      if (url.origin !== origin) continue;
      const target = fileFor(url.pathname, files, assetExists);
      if (!target) {
        broken.push({ page, href, reason: 'no such page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target, target === page ? html : undefined).has(fragment)) {
        broken.push({ page, href, reason: 'no such fragment' });
      }
    }
  }
  return broken;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}
