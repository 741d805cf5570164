import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheRules, headersFile } from '../lib/cache-headers';

/** Astro integration: writes `_headers` (cache rules for hosts that read one) for the configured base. */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base; },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile(cacheRules(base)));
        logger.info(`Wrote cache rules for static hosts to ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
