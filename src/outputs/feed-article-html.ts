/**
 * An article body as HTML for reading away from the site (feeds): rendered
 * by Astro's own <Content /> (so figures come through the image pipeline),
 * then changed as a tree: entity mentions become plain links (no context
 * cards in a feed reader), section-link controls are dropped, and every
 * link and image becomes absolute. Rendered once per article per build.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Article } from '../data/articles.ts';
import { renderBody } from '../data/render.ts';
import { urls } from '../domain/urls.ts';
import { cardId } from '../markdown/card-slot.ts';
import { absoluteUrls } from './absolute-urls.ts';

let container: Promise<AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** Mentions as plain links, no card slots, no section-link controls. */
function forFeedReaders(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'comment') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'element') return undefined;
    if (node.tagName === 'a' && hasClass(node, 'section-link')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // The name that opens its card on the site links to the entity's page in a feed.
    if (node.tagName === 'button' && hasClass(node, 'mention')) {
      const slug = String(node.properties.popoverTarget ?? '').slice(cardId('').length);
      parent.children.splice(index, 1, { type: 'element', tagName: 'a', properties: { href: urls.entity(slug) }, children: node.children });
      return [SKIP, index + 1];
    }
    return undefined;
  });
}

export function articleHtmlForFeeds(article: Article, site: URL): Promise<string> {
  const key = `${site.href}${article.slug}`;
  let html = cache.get(key);
  if (!html) {
    html = (async () => {
      const { Content } = await renderBody(article.entry);
      const body = await (await (container ??= AstroContainer.create())).renderToString(Content);
      const tree = fromHtml(body, { fragment: true });
      forFeedReaders(tree);
      absoluteUrls(tree, new URL(urls.article(article.slug), site).href);
      return toHtml(tree);
    })();
    cache.set(key, html);
  }
  return html;
}
