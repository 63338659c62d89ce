import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  contentSecurityPolicy,
  hashInlineCode,
  headersFile,
  inlineCode,
  inlineCodeHashes,
  nginxConf,
  parseHeadersFile,
  securityHeaders,
} from '../../../src/outputs/security-headers.ts';

const page = `<html><head><script>document.documentElement.dataset.theme='dark'</script><style>body{color:red}</style>
<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script></head></html>`;

describe('security headers', () => {
  it('finds the inline scripts browsers run and the inline styles, not JSON-LD or external scripts', () => {
    expect(inlineCode(page)).toEqual({ scripts: ["document.documentElement.dataset.theme='dark'"], styles: ['body{color:red}'] });
  });
  it('allows exactly those inline blocks by hash, never unsafe-inline', () => {
    const { scripts, styles } = hashInlineCode([inlineCodeHashes(page), inlineCodeHashes(page)]);
    const hash = createHash('sha256').update("document.documentElement.dataset.theme='dark'").digest('base64');
    expect([...scripts]).toEqual([`'sha256-${hash}'`]);
    const csp = contentSecurityPolicy(scripts, styles);
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
  it('round-trips through a _headers file, and renders as nginx directives', () => {
    const headers = securityHeaders("default-src 'self'");
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers);
    expect(nginxConf(headers)).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(nginxConf(headers)).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});
