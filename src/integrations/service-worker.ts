import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { serviceWorkerOptions, siteFilesManifestOptions } from '../lib/service-worker-options';
import { outputFileOf } from '../lib/output-file';
import type { BuildFormat } from '../lib/deploy-shape';

/** Path of the page shown for a page that was never cached while the learner is offline. */
export const OFFLINE_PAGE = 'offline/';

/**
 * Writes the service worker for the build in `dir`; returns how many files and bytes it precaches. Every file but
 * the search bundle is listed and hashed first, while `searchIndexWritten` (the search index still being written,
 * in Pagefind's own process) is pending; the search bundle is listed once it is on disk.
 */
export async function writeServiceWorker(dir: string, format: BuildFormat, searchIndexWritten: Promise<unknown> = Promise.resolve()): Promise<{ count: number; size: number; warnings: string[] }> {
  searchIndexWritten.catch(() => undefined); // its failure is reported below, where it is awaited
  const site = await getManifest(siteFilesManifestOptions(dir));
  await searchIndexWritten;
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(dir, outputFileOf(OFFLINE_PAGE, '/', format), site.manifestEntries));
  return { count, size: site.size + size, warnings: [...site.warnings, ...warnings] };
}

/**
 * Astro integration: after the build, generates the Workbox service worker. `precacheAfter` resolves once the
 * search index is written (searchIndex().written); list this integration before the search index's, so it hashes
 * the rest of the site while the index is being written.
 */
export function serviceWorker({ precacheAfter }: { precacheAfter?: () => Promise<unknown> } = {}): AstroIntegration {
  let format: BuildFormat = 'directory';
  return {
    name: 'site-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => { format = config.build.format === 'file' ? 'file' : 'directory'; },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), format, precacheAfter?.());
        warnings.forEach((w) => logger.warn(w));
        logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
