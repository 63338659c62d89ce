import type { Root, Link, Definition } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from '../tree-walk.ts';
import { recordFacts, type ArticleLink, type SiteLink } from '../facts.ts';
import { SLUG } from '../../domain/slugs.ts';
import { urls } from '../../domain/urls.ts';

/** `/articles/<slug>/` (with or without the slash, with an optional #id), absolute on the site. */
const SITE_LINK = new RegExp(`^/articles/(${SLUG})/?(?:#(.*))?$`);
/** A relative link to another article file: `slug.md`, `./slug.md`, `../articles/slug.md`, with an optional #id. */
const FILE_LINK = new RegExp(`^(?:\\./|\\.\\./articles/)?(${SLUG})\\.md(?:#(.*))?$`);

/** Links that leave the site: a scheme (https:, mailto:…) or protocol-relative. */
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Links between explainers: a relative `.md` link (what editors' tools
 * autocomplete) becomes the article's URL, and every link to an article is
 * recorded as `articleLinks` (with its line) so the content loader can check
 * that the article and the heading exist (content/checks/article-links.ts).
 */
export function remarkArticleLinks() {
  return function (tree: Root, file: VFile) {
    const links: ArticleLink[] = [];
    const siteLinks: SiteLink[] = [];
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const link = node as Link | Definition;
      const m = SITE_LINK.exec(link.url) ?? FILE_LINK.exec(link.url);
      if (!m) {
        if (!EXTERNAL.test(link.url)) siteLinks.push({ href: link.url, line: link.position?.start.line ?? 1 });
        return;
      }
      const [, slug, fragment] = m;
      links.push({ slug: slug!, fragment: fragment || undefined, line: link.position?.start.line ?? 1, href: link.url });
      link.url = `${urls.article(slug!)}${fragment ? `#${fragment}` : ''}`;
    });
    // Links written in raw HTML (collected by remark-raw-html-policy) are checked the same way.
    for (const raw of file.data.rawHtmlLinks ?? []) {
      const m = SITE_LINK.exec(raw.href) ?? FILE_LINK.exec(raw.href);
      if (m) links.push({ slug: m[1]!, fragment: m[2] || undefined, line: raw.line, href: raw.href });
      else if (!EXTERNAL.test(raw.href)) siteLinks.push(raw);
    }
    recordFacts(file, { articleLinks: links, siteLinks });
  };
}
