/**
 * The security headers every response carries, as one list used three ways:
 * written to dist/_headers (Netlify, Cloudflare Pages), sent by the preview
 * server behind `npm start`, and shown as an nginx snippet in the README.
 * The Content-Security-Policy allows only what the site needs: its own
 * scripts, plus the inline scripts and styles it ships, by hash.
 */
import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline <script> bodies that browsers run (not JSON-LD) and inline <style> bodies of a page. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/ld\+json"/.test(m[1]!))
    .map((m) => m[2]!);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return { scripts, styles };
}

export function contentSecurityPolicy(scriptHashes: Iterable<string>, styleHashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    // Pagefind runs its search index as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${[...scriptHashes].sort().join(' ')}`.trim(),
    `style-src 'self' ${[...styleHashes].sort().join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)',
  };
}

/** Hashes (CSP source expressions) of a page's inline scripts and styles. */
export function inlineCodeHashes(html: string): { scripts: string[]; styles: string[] } {
  const code = inlineCode(html);
  return { scripts: code.scripts.map(sha256), styles: code.styles.map(sha256) };
}

/** Hashes of every inline script and style across the pages, given each page's (inlineCodeHashes). */
export function hashInlineCode(pages: Iterable<{ scripts: readonly string[]; styles: readonly string[] }>): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const page of pages) {
    for (const s of page.scripts) scripts.add(s);
    for (const s of page.styles) styles.add(s);
  }
  return { scripts, styles };
}

/** A _headers file: these headers on every path. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n`;
}

/** Reads a _headers file written by headersFile back into headers (for the preview server). */
export function parseHeadersFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

/** The same headers as nginx directives, for `include` in a server block. */
export function nginxConf(headers: Record<string, string>): string {
  return `${Object.entries(headers)
    .map(([k, v]) => `add_header ${k} "${v.replace(/"/g, '\\"')}" always;`)
    .join('\n')}\n`;
}
