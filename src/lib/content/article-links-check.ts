/**
 * Links between explainers must reach a published explainer and, with a
 * #fragment, one of its headings. Pure: the loader hands in what it has.
 */
import type { ArticleLink } from '../../markdown/remark-article-links.ts';

export interface LinkedArticle {
  slug: string;
  file: string;
  /** Lines above the body, to report file lines. */
  lineOffset: number;
  published: boolean;
  /** Ids a link may point at: its headings (explainer blocks included). */
  ids: Set<string>;
  links: ArticleLink[];
  /** Old slugs (redirectFrom) of this article. */
  redirectFrom: string[];
}

export function articleLinkProblems(articles: readonly LinkedArticle[]): string[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const renamed = new Map(articles.flatMap((a) => a.redirectFrom.map((old) => [old, a.slug] as const)));
  const problems: string[] = [];
  for (const a of articles) {
    if (!a.published) continue; // a draft's links are checked when it is published
    for (const link of a.links) {
      const where = `${a.file}:${link.line + a.lineOffset}`;
      const target = bySlug.get(link.slug);
      if (!target) {
        const now = renamed.get(link.slug);
        problems.push(
          now
            ? `${where}: the link "${link.href}" uses the old slug of /articles/${now}/. Fix: link to /articles/${now}/ directly.`
            : `${where}: the link "${link.href}" points at no explainer (there is no content/articles/${link.slug}.md). Fix: check the slug.`,
        );
      } else if (!target.published) {
        problems.push(`${where}: the link "${link.href}" points at an unpublished explainer (draft or dated later). Fix: publish it first, or remove the link.`);
      } else if (link.fragment && !target.ids.has(link.fragment)) {
        const known = [...target.ids].slice(0, 8).map((id) => `#${id}`).join(', ');
        problems.push(`${where}: the link "${link.href}" points at no heading of /articles/${link.slug}/. Fix: use one of ${known}.`);
      }
    }
  }
  return problems;
}
