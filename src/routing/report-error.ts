import { SITE } from '../config/site.ts';
import { urls } from '../domain/urls.ts';
import { getStandingPages } from '../data/standing-pages.ts';
import type { Article } from '../data/articles.ts';

export interface ReportErrorLink {
  /** A mailto: link with the article's title and address filled in. */
  href: string;
  /** The corrections policy, where the content root has that standing page. */
  policy?: string | undefined;
}

/** "Report an error" under an article: an email to the editors naming the article, and the corrections policy. */
export async function reportErrorLink(article: Pick<Article, 'title' | 'slug'>, site: URL): Promise<ReportErrorLink> {
  const subject = `Error report: ${article.title}`;
  const body = `Article: ${new URL(urls.article(article.slug), site).href}\n\nWhat is wrong, and how do you know?\n`;
  const hasPolicy = (await getStandingPages()).some((p) => p.id === 'standards');
  return {
    href: `mailto:${SITE.contactEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
    policy: hasPolicy ? urls.page('standards') : undefined,
  };
}
