/**
 * Makes the site-relative links and image sources of an HTML tree absolute,
 * for places read away from the site (feed readers): `/x/` and `#id`
 * (resolved against the page the fragment comes from), in href, src and
 * srcset. Works on the tree (hast), so no attribute is found by pattern.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Already absolute (a scheme, such as https: or mailto:) or protocol-relative. */
const ABSOLUTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

const absolute = (value: string, pageUrl: string) => (ABSOLUTE.test(value) ? value : new URL(value, pageUrl).href);

export function absoluteUrls(tree: Root, pageUrl: string): void {
  visit(tree, 'element', (node) => {
    const p = node.properties;
    for (const name of ['href', 'src'] as const) {
      if (typeof p[name] === 'string') p[name] = absolute(p[name], pageUrl);
    }
    // hast keeps srcset as its text: "url 480w, url 960w".
    const srcSet = p['srcSet'];
    if (typeof srcSet === 'string') {
      p['srcSet'] = srcSet
        .split(',')
        .map((candidate) => {
          const [url = '', ...rest] = candidate.trim().split(/\s+/);
          return [absolute(url, pageUrl), ...rest].join(' ');
        })
        .join(', ');
    }
  });
}
