import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../lib/service-worker-options';
import { outputFileOf } from '../lib/output-file';
import type { BuildFormat } from '../lib/deploy-shape';

/** Path of the page shown for a page that was never cached while the learner is offline. */
export const OFFLINE_PAGE = 'offline/';

/** Writes the service worker for the build in `dir`; returns how many files and bytes it precaches. */
export async function writeServiceWorker(dir: string, format: BuildFormat): Promise<{ count: number; size: number; warnings: string[] }> {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(dir, outputFileOf(OFFLINE_PAGE, '/', format)));
  return { count, size, warnings };
}

/** Astro integration: after the build (and the search index), generates the Workbox service worker. */
export function serviceWorker(): AstroIntegration {
  let format: BuildFormat = 'directory';
  return {
    name: 'site-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => { format = config.build.format === 'file' ? 'file' : 'directory'; },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), format);
        warnings.forEach((w) => logger.warn(w));
        logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
