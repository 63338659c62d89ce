/**
 * An article body as HTML for reading away from the site (feeds): rendered
 * by Astro's own <Content /> (so figures come through the image pipeline),
 * with entity mentions as plain links, section-link controls dropped, and
 * every link and image made absolute. Rendered once per article per build.
 */
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Article } from '../data/articles.ts';
import { absoluteUrls } from './absolute-urls.ts';
import { mentionsAsLinks } from '../markdown/mention-cards.ts';
import { urls } from '../domain/urls.ts';

let container: Promise<AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();

/** Section-link controls (rehype-section-links) make no sense in a feed reader. */
const SECTION_LINK = /<a class="section-link"[^>]*>[\s\S]*?<\/a>/g;

export function articleHtmlForFeeds(article: Article, site: URL): Promise<string> {
  const key = `${site.href}${article.slug}`;
  let html = cache.get(key);
  if (!html) {
    html = (async () => {
      const { Content } = await render(article.entry);
      const body = await (await (container ??= AstroContainer.create())).renderToString(Content);
      const page = new URL(urls.article(article.slug), site).href;
      return absoluteUrls(mentionsAsLinks(body.replace(SECTION_LINK, ''), site.origin), page);
    })();
    cache.set(key, html);
  }
  return html;
}
