/**
 * Links between explainers must reach a published explainer and, with a
 * #fragment, one of its headings. Pure: the loader hands in what it has.
 */
import type { ArticleLink, SiteLink } from '../../markdown/facts.ts';
import { SLUG } from '../../domain/slugs.ts';
import { urls } from '../../domain/urls.ts';
import { FEED_FORMATS } from '../../domain/feed-formats.ts';

export interface LinkedArticle {
  slug: string;
  file: string;
  published: boolean;
  /** Ids a link may point at: its headings (explainer blocks included). */
  ids: Set<string>;
  links: ArticleLink[];
  /** Old slugs (redirectFrom) of this article. */
  redirectFrom: string[];
  /** Other links inside the site (`#id`, `/topics/…`, relative paths). */
  siteLinks?: SiteLink[];
}

/**
 * Site paths a body may link to besides explainers: the listings (their own
 * slugs are checked after the build, by the post-build verification) and the
 * standing pages (`standingPages`).
 */
const ROUTE_PREFIXES = ['/topics/', '/entities/', '/stories/', '/archive/', '/authors/', '/search/', '/page/'];
const SITE_FILES = new Set(['/', '/sitemap.xml', ...FEED_FORMATS.map((f) => `/${f.file}`)]);
const STANDING_PAGE = new RegExp(`^/(${SLUG})/?$`);

/** Why a link inside the site cannot resolve, or null. */
export function siteLinkProblem(href: string, ids: Set<string>, standingPages: Set<string>): string | null {
  const quoted = JSON.stringify(href); // one line, even for a link with a line break in it
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    // GFM footnotes get ids of their own (user-content-fn-…).
    return !id || ids.has(id) || id.startsWith('user-content-') ? null : `${quoted} points at no heading of this explainer`;
  }
  if (!href.startsWith('/')) {
    return `the relative link ${quoted} would resolve under this explainer's own URL, where there is no page`;
  }
  const path = href.split(/[?#]/)[0]!;
  if (SITE_FILES.has(path) || ROUTE_PREFIXES.some((p) => path.startsWith(p))) return null;
  const standing = STANDING_PAGE.exec(path);
  if (standing && standingPages.has(standing[1]!)) return null;
  return `${quoted} is not a page of this site`;
}

export function articleLinkProblems(articles: readonly LinkedArticle[], standingPages: Set<string> = new Set()): string[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const renamed = new Map(articles.flatMap((a) => a.redirectFrom.map((old) => [old, a.slug] as const)));
  const problems: string[] = [];
  for (const a of articles) {
    if (!a.published) continue; // a draft's links are checked when it is published
    for (const link of a.siteLinks ?? []) {
      const problem = siteLinkProblem(link.href, a.ids, standingPages);
      if (problem) problems.push(`${a.file}:${link.line}: ${problem}. Fix: link to a page of the site (e.g. /articles/<slug>/#heading or /topics/<topic>/) or a full https:// address.`);
    }
    for (const link of a.links) {
      const where = `${a.file}:${link.line}`;
      const target = bySlug.get(link.slug);
      if (!target) {
        const now = renamed.get(link.slug);
        problems.push(
          now
            ? `${where}: the link "${link.href}" uses the old slug of ${urls.article(now)}. Fix: link to ${urls.article(now)} directly.`
            : `${where}: the link "${link.href}" points at no explainer (there is no content/articles/${link.slug}.md). Fix: check the slug.`,
        );
      } else if (!target.published) {
        problems.push(`${where}: the link "${link.href}" points at an unpublished explainer (draft or dated later). Fix: publish it first, or remove the link.`);
      } else if (link.fragment && !target.ids.has(link.fragment)) {
        const known = [...target.ids].slice(0, 8).map((id) => `#${id}`).join(', ');
        problems.push(`${where}: the link "${link.href}" points at no heading of ${urls.article(link.slug)}. Fix: use one of ${known}.`);
      }
    }
  }
  return problems;
}
