/**
 * The articles collection's link check (every sync): links between
 * explainers must reach a published explainer and an existing heading, and
 * other site links must reach a page of the site. In dev, where drafts are
 * pages too, every article counts as published.
 */
import { isPublished } from '../../domain/articles.ts';
import { toInstant } from '../../domain/dates.ts';
import { SITE, now } from '../../config/site.ts';
import type { LoadedEntry } from '../loader.ts';
import { articleLinkProblems, type LinkedArticle } from './link-rules.ts';

export function articleLinkCheck(entries: readonly LoadedEntry[], { showUnpublished, standingPages }: { showUnpublished: boolean; standingPages: Set<string> }): string[] {
  const at = now();
  const articles: LinkedArticle[] = entries.map((entry) => {
    const data = entry.data as { draft: boolean; publishedAt: string; redirectFrom?: string[] };
    return {
      slug: entry.id,
      file: entry.file,
      published: showUnpublished || isPublished({ draft: data.draft, published: toInstant(data.publishedAt, SITE.timeZone) }, at),
      ids: entry.headingIds,
      links: entry.facts.articleLinks,
      redirectFrom: data.redirectFrom ?? [],
      siteLinks: entry.facts.siteLinks,
    };
  });
  return articleLinkProblems(articles, standingPages);
}
