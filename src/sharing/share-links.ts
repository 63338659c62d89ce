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
 * Whitespace is collapsed as the browser does when matching. A passage is
 * given as the runs of text between the source markers it contains (the
 * markers are not part of the quote, and a browser matches each term only
 * in one unbroken run of text): a quote of one run is linked whole when it
 * is short; otherwise by the first words of its first run and the last words
 * of its last.
 */
export function textFragment(passage: string | readonly string[]): string | undefined {
  const runs = (typeof passage === 'string' ? [passage] : passage).map((r) => r.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (runs.length === 0) return undefined;
  const text = runs.join(' ');
  const words = text.split(' ');
  if (runs.length === 1 && (text.length <= WHOLE_QUOTE_MAX || words.length <= EDGE_WORDS * 2)) return `#:~:text=${encodeFragmentPart(text)}`;
  const start = runs[0]!.split(' ').slice(0, EDGE_WORDS).join(' ');
  const end = runs.at(-1)!.split(' ').slice(-EDGE_WORDS).join(' ');
  return `#:~:text=${encodeFragmentPart(start)},${encodeFragmentPart(end)}`;
}
