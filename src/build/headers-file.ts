import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltPageFacts } from './verify/page-facts.ts';
import { contentSecurityPolicy, hashInlineCode, headersFile, nginxConf, parseHeadersFile, securityHeaders } from '../outputs/security-headers.ts';

/** The headers the last build wrote to <outDir>/_headers, so `astro preview` (npm start) sends them too. */
export function previewHeaders(outDir: string): Record<string, string> {
  const file = join(outDir, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : {};
}

/**
 * Writes dist/_headers after the build: the Content-Security-Policy with the
 * hash of every inline script and style the pages ship, and the other
 * security headers. `npm start`'s preview server sends the same headers.
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'backstory:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The first step to read the built pages (on worker threads); pages unchanged since the last build are not read again (their facts are kept); the index and the verification read the same facts.
        const { scripts, styles } = hashInlineCode((await readBuiltPageFacts(outDir)).values());
        const headers = securityHeaders(contentSecurityPolicy(scripts, styles));
        writeFileSync(join(outDir, '_headers'), headersFile(headers));
        // For nginx: `include /srv/backstory/dist/_nginx-headers.conf;` in the server block.
        writeFileSync(join(outDir, '_nginx-headers.conf'), nginxConf(headers));
        logger.info(`_headers: CSP with ${scripts.size} inline script and ${styles.size} inline style hash(es)`);
      },
    },
  };
}
