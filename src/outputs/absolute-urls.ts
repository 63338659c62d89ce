/**
 * Makes the site-relative links and image sources of an HTML fragment
 * absolute, for places read away from the site (feed readers): `/x/` and
 * `#id` (resolved against the page the fragment comes from). Pure.
 */
export function absoluteUrls(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return whole; // already absolute (or mailto:)
    return `${attr}="${new URL(value.replace(/&amp;/g, '&'), pageUrl).href.replace(/&/g, '&amp;')}"`;
  }).replace(/\bsrcset="([^"]*)"/g, (_, set: string) =>
    `srcset="${set
      .split(',')
      .map((candidate) => {
        const [url = '', ...rest] = candidate.trim().split(/\s+/);
        return [new URL(url, pageUrl).href, ...rest].join(' ');
      })
      .join(', ')}"`,
  );
}
