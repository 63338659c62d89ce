/**
 * What raw HTML an explainer may carry (README, "Raw HTML"). Markdown covers
 * nearly everything; HTML is for the few things it cannot say: abbreviations,
 * superscripts, ruby, complex tables, a <details> aside. Anything that runs
 * code, loads another page, or restyles the site is refused with file:line:
 * the build never silently drops what an editor wrote.
 */
export const ALLOWED_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** Attributes any allowed tag may have, and the few that belong to one tag. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'title', 'class', 'id', 'translate']);
const TAG_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'rel', 'hreflang']),
  blockquote: new Set(['cite']),
  q: new Set(['cite']),
  del: new Set(['cite', 'datetime']),
  ins: new Set(['cite', 'datetime']),
  time: new Set(['datetime']),
  td: new Set(['colspan', 'rowspan', 'headers']),
  th: new Set(['colspan', 'rowspan', 'headers', 'scope', 'abbr']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  ol: new Set(['start', 'reversed', 'type']),
  li: new Set(['value']),
  details: new Set(['open']),
};
const URL_ATTRIBUTES = new Set(['href', 'cite']);

/** A URL that would run code or smuggle a document: javascript:, vbscript:, data:. */
export function isDangerousUrl(value: string): boolean {
  const decoded = value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    // Browsers ignore whitespace and control characters inside a scheme.
    // eslint-disable-next-line no-control-regex -- those characters are what this removes
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  return /^(javascript|vbscript|data):/.test(decoded);
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The href of every <a> start tag in a piece of raw HTML (for the link checks). */
export function rawHtmlLinks(html: string): string[] {
  const out: string[] = [];
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    if (m[1] || m[2]!.toLowerCase() !== 'a') continue;
    for (const a of m[3]!.matchAll(ATTRIBUTE)) if (a[1]!.toLowerCase() === 'href') out.push(a[2] ?? a[3] ?? a[4] ?? '');
  }
  return out;
}

/** Elements that must open and close within one HTML block (no blank line inside). */
const CONTAINERS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'div', 'details', 'dl', 'ul', 'ol', 'figure', 'blockquote', 'ruby']);

/**
 * An HTML block is everything up to the next blank line (CommonMark); a
 * table or <details> cut by a blank line becomes half HTML, half Markdown,
 * and invalid. A block must therefore close every container it opens.
 */
export function unbalancedBlock(html: string): string | null {
  const open: string[] = [];
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    const tag = m[2]!.toLowerCase();
    if (!CONTAINERS.has(tag) || m[4]) continue;
    if (!m[1]) open.push(tag);
    else if (open[open.length - 1] === tag) open.pop();
    else return `</${tag}> closes an element this block did not open`;
  }
  return open.length ? `<${open[open.length - 1]}> is not closed in the same HTML block (a blank line ends an HTML block)` : null;
}

/** Why a piece of raw HTML is refused, or null when it is allowed. */
export function rawHtmlProblem(html: string): string | null {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  if (/<!(?!--)|<\?/.test(withoutComments)) return 'declarations and processing instructions (<!…>, <?…>) are not allowed';
  for (const m of withoutComments.matchAll(TAG)) {
    const tag = m[2]!.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) return `the <${tag}> element is not allowed`;
    if (m[1]) continue; // a closing tag
    for (const a of m[3]!.matchAll(ATTRIBUTE)) {
      const name = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (name.startsWith('on')) return `event-handler attributes such as ${name}= are not allowed`;
      if (name === 'style') return "style= attributes are not allowed (they would bypass the site's styles and its Content-Security-Policy)";
      if (!GLOBAL_ATTRIBUTES.has(name) && !TAG_ATTRIBUTES[tag]?.has(name) && !name.startsWith('aria-'))
        return `the ${name}= attribute is not allowed on <${tag}>`;
      if (URL_ATTRIBUTES.has(name) && isDangerousUrl(value)) return `${name}="${value}" uses a javascript:, vbscript: or data: URL`;
    }
  }
  // A "<" that starts no tag we could read (e.g. <scr<script>ipt>) is refused rather than guessed at.
  const leftover = withoutComments.replace(TAG, '');
  if (/<[a-zA-Z/]/.test(leftover)) return 'it contains a tag that cannot be read safely';
  return null;
}
