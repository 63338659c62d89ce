import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { articleLinkProblems, type LinkedArticle } from './link-rules.ts';
import { bodyLineOffsetOf } from '../../markdown/body-offset.ts';
import type { ArticleLink, SiteLink } from '../../markdown/plugins/remark-article-links.ts';
import { isPublished } from '../../domain/articles.ts';
import { toInstant } from '../../domain/dates.ts';
import { now } from '../../config/site.ts';

/**
 * The articles collection's cross-check (run by every sync: `npm run build`,
 * `npm run check`, `npm run dev`): links between explainers must reach a
 * published explainer and an existing heading. `showUnpublished` is true in
 * dev, where drafts are pages too.
 */
export function checkArticleLinks(showUnpublished: boolean, standingPages: () => Set<string>) {
  return (store: LoaderContext['store']): string[] => {
    const at = now();
    const articles: LinkedArticle[] = [];
    for (const [slug, entry] of store.entries()) {
      const data = entry.data as { draft: boolean; publishedAt: string; redirectFrom?: string[] };
      const meta = entry.rendered?.metadata as { headings?: { slug: string }[]; frontmatter?: { articleLinks?: ArticleLink[]; siteLinks?: SiteLink[] } } | undefined;
      const links = meta?.frontmatter?.articleLinks ?? [];
      const siteLinks = meta?.frontmatter?.siteLinks ?? [];
      let lineOffset = 0;
      if ((links.length || siteLinks.length) && entry.filePath) {
        try {
          lineOffset = bodyLineOffsetOf(readFileSync(resolve(entry.filePath), 'utf8'));
        } catch {
          // The file moved away mid-sync: lines are then body lines.
        }
      }
      articles.push({
        slug,
        file: entry.filePath ?? slug,
        lineOffset,
        published: showUnpublished || isPublished({ draft: data.draft, published: toInstant(data.publishedAt) }, at),
        ids: new Set((meta?.headings ?? []).map((h) => h.slug)),
        links,
        redirectFrom: data.redirectFrom ?? [],
        siteLinks,
      });
    }
    return articleLinkProblems(articles, standingPages());
  };
}
