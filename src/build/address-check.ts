/**
 * Says so, at the start and again at the end of a build, when the site URL
 * is an address on this machine and the build is not declared a local
 * preview: every shared link would point at 127.0.0.1 (config/env.ts,
 * addressWarning). A warning, not a failure: the build itself is sound.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { addressWarning, settings } from '../config/env.ts';

function shout(logger: AstroIntegrationLogger, message: string) {
  const rule = '!'.repeat(72);
  logger.warn(`\n${rule}\n${message}\n${rule}`);
}

export function addressCheck(): AstroIntegration {
  const message = addressWarning(settings);
  return {
    name: 'backstory:address-check',
    hooks: {
      'astro:build:start': ({ logger }) => void (message && shout(logger, message)),
      'astro:build:done': ({ logger }) => void (message && shout(logger, message)),
    },
  };
}
