/**
 * Markdown parsed by Sätteri (the `satteri` package, Rust, the engine Astro 7
 * ships) instead of micromark: about a hundred times faster, and it hands
 * back the same mdast, positions included, so every remark and rehype plugin
 * after it runs unchanged. It parses what we write itself: GFM (tables,
 * footnotes, strikethrough) and directives (`:::timeline`, `::figure`,
 * `:entity[…]{#id}`), so micromark syntax extensions (remark-directive's,
 * remark-gfm's) are not needed with it. Front matter is off: the loader
 * hands over the body alone, with blank lines where the front matter was,
 * and a leading `---` is a thematic break, as it is to remark-parse.
 *
 * tests/unit/markdown/parser-differential.test.ts renders the CommonMark
 * corpus, the shipped content and a bench corpus with this parser and with
 * remark-parse and lists every difference.
 */
import { markdownToMdast } from 'satteri';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

export function satteriParser(this: Processor) {
  this.parser = (document) => markdownToMdast(String(document), { features: { gfm: true, directive: true, frontmatter: false }, position: true }) as Root;
}
