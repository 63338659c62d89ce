import type { Root, Link, Definition } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** A link from one explainer to another, for the cross-article check. */
export interface ArticleLink {
  slug: string;
  /** Heading id after #, if any. */
  fragment?: string | undefined;
  /** Body line of the link. */
  line: number;
  /** As the editor wrote it. */
  href: string;
}

/** `/articles/<slug>/` (with or without the slash, with an optional #id), absolute on the site. */
const SITE_LINK = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:#(.*))?$/;
/** A relative link to another article file: `slug.md`, `./slug.md`, `../articles/slug.md`, with an optional #id. */
const FILE_LINK = /^(?:\.\/|\.\.\/articles\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\.md(?:#(.*))?$/;

/**
 * Links between explainers: a relative `.md` link (what editors' tools
 * autocomplete) becomes the article's URL, and every link to an article is
 * recorded as `articleLinks` (with its line) so the content loader can check
 * that the article and the heading exist (content/validated-glob.ts).
 */
export function remarkArticleLinks() {
  return function (tree: Root, file: VFile) {
    const links: ArticleLink[] = [];
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const link = node as Link | Definition;
      const m = SITE_LINK.exec(link.url) ?? FILE_LINK.exec(link.url);
      if (!m) return;
      const [, slug, fragment] = m;
      links.push({ slug: slug!, fragment: fragment || undefined, line: link.position?.start.line ?? 1, href: link.url });
      link.url = `/articles/${slug}/${fragment ? `#${fragment}` : ''}`;
    });
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...(astro.frontmatter ?? {}), articleLinks: links };
  };
}
