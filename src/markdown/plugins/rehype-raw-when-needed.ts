/**
 * rehype-raw, run only on a tree that holds raw HTML (or the one other
 * thing its round trip changes). Astro's pipeline ends
 * every render with rehype-raw, which sends the whole tree through parse5
 * and builds it again: 40 % of a render of a body with no raw HTML at all,
 * which is most bodies (the sample site's card slots are the raw nodes it
 * does need to parse). On a tree without raw nodes the round trip changes
 * nothing a reader or the serializer sees except attribute values, which it
 * passes through HTML's attribute syntax; this plugin makes those same
 * changes, so the HTML comes out byte for byte as rehype-raw's.
 *
 * The render workers hand it to Astro in rehype-raw's place
 * (library-swaps.ts); tests/unit/markdown/rehype-raw-when-needed.test.ts
 * and the workers' byte-for-byte test hold it to rehype-raw.
 */
import rehypeRaw, { type Options } from 'rehype-raw';
import { find, html, svg } from 'property-information';
import { parse as parseSpaces } from 'space-separated-tokens';
import { parse as parseCommas } from 'comma-separated-tokens';
import { toString } from 'hast-util-to-string';
import type { Element, Properties, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import type { Processor } from 'unified';
import { EXIT, SKIP, visit } from '../tree-walk.ts';

/**
 * Whether the round trip would change the HTML beyond attribute values:
 * raw HTML to parse, or a code block that starts with an empty line, whose
 * first newline parse5 drops (it skips a newline after <pre> even behind
 * <code>; CommonMark examples 127 and 129).
 */
function needsRoundTrip(tree: Root): boolean {
  let needed = false;
  visit(tree, (node: Root | RootContent) => {
    if (node.type === 'raw' || (node.type === 'element' && node.tagName === 'pre' && toString(node).startsWith('\n'))) {
      needed = true;
      return EXIT;
    }
    return undefined;
  });
  return needed;
}

// find() builds a new record for every data-* name it is asked about.
const infos = new Map<typeof html, Map<string, ReturnType<typeof find>>>([
  [html, new Map()],
  [svg, new Map()],
]);
function infoOf(space: typeof html, key: string): ReturnType<typeof find> {
  const known = infos.get(space)!;
  let info = known.get(key);
  if (!info) known.set(key, (info = find(space, key)));
  return info;
}

/**
 * A property's value after hast-util-to-parse5 wrote it as an attribute and
 * hastscript read it back (the round trip's own rules): `true` becomes an
 * empty string unless the attribute is boolean; an empty string or the
 * attribute's own name on a boolean becomes `true`, and an empty string on
 * a boolean goes; a string on a list attribute (class) becomes its list.
 * Arrays, numbers and other strings serialize the same either way.
 */
function asRoundTripped(properties: Properties, space: typeof html): void {
  for (const key in properties) {
    const value = properties[key];
    if (value === true) {
      const info = infoOf(space, key);
      if (!info.boolean && !info.overloadedBoolean) properties[key] = '';
    } else if (typeof value === 'string') {
      const info = infoOf(space, key);
      const named = value === '' || value.toLowerCase() === info.attribute.toLowerCase();
      if (info.boolean && value === '') delete properties[key];
      else if ((info.boolean || info.overloadedBoolean) && named) properties[key] = true;
      else if (info.spaceSeparated) properties[key] = parseSpaces(value);
      else if (info.commaSeparated) properties[key] = parseCommas(value);
      else if (info.commaOrSpaceSeparated) properties[key] = parseSpaces(parseCommas(value).join(' '));
    }
  }
}

/** Every element's attribute values as the round trip leaves them, in SVG's attribute space inside <svg>. */
function normalize(tree: Root): void {
  visit(tree, 'element', (element: Element) => {
    if (element.tagName !== 'svg') return asRoundTripped(element.properties, html);
    visit(element, 'element', (inside: Element) => asRoundTripped(inside.properties, svg));
    return SKIP;
  });
}

export default function rehypeRawWhenNeeded(this: Processor, options?: Options) {
  const roundTrip = rehypeRaw.call(this as never, options) as (tree: Root, file: VFile) => Root;
  return (tree: Root, file: VFile): Root => {
    if (needsRoundTrip(tree)) return roundTrip(tree, file);
    normalize(tree);
    return tree;
  };
}
