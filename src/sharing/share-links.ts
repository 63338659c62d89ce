/**
 * Share links that work without JavaScript (each network's own "share"
 * address, parameters URL-encoded), and the text-fragment link to a quote.
 * Pure, so the encodings are unit-tested.
 */
export interface ShareLink {
  name: string;
  href: string;
}

const q = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

export function shareLinks(url: string, title: string): ShareLink[] {
  return [
    { name: 'Email', href: `mailto:?${q({ subject: title, body: `${title}\n${url}` })}` },
    { name: 'X', href: `https://x.com/intent/post?${q({ text: title, url })}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?${q({ text: `${title} ${url}` })}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { name: 'WhatsApp', href: `https://wa.me/?${q({ text: `${title} ${url}` })}` },
    { name: 'Reddit', href: `https://www.reddit.com/submit?${q({ url, title })}` },
  ];
}

/** Text-fragment syntax reserves these; everything else follows encodeURIComponent. */
const encodeFragmentPart = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Quotes up to this many characters are linked whole; longer ones by their first and last words. */
const WHOLE_QUOTE_MAX = 80;
const EDGE_WORDS = 4;

/**
 * `#:~:text=…` for a selected passage (https://wicg.github.io/scroll-to-text-fragment/).
 * Whitespace is collapsed as the browser does when matching.
 */
export function textFragment(selection: string): string | undefined {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const words = text.split(' ');
  if (text.length <= WHOLE_QUOTE_MAX || words.length <= EDGE_WORDS * 2) return `#:~:text=${encodeFragmentPart(text)}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `#:~:text=${encodeFragmentPart(start)},${encodeFragmentPart(end)}`;
}
