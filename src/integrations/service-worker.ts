import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';
import type { GetManifestOptions, GetManifestResult } from 'workbox-build';
import { serviceWorkerOptions, siteFilesManifestOptions } from '../lib/service-worker-options';
import { outputFileOf } from '../lib/output-file';
import type { BuildFormat } from '../lib/deploy-shape';

/** Path of the page shown for a page that was never cached while the learner is offline. */
export const OFFLINE_PAGE = 'offline/';

/**
 * workbox-build, loaded when a build first needs it (about 0.8 s): `astro dev` and the build's start never wait for it.
 * Through Node's own `require`: the config's modules run in a Vite module runner that is closed by the time a build ends.
 */
const workbox = async (): Promise<typeof import('workbox-build')> => createRequire(import.meta.url)('workbox-build');

/**
 * Runs workbox-build's `getManifest` in a worker thread (site-manifest-worker.mjs under `root`), or here if the thread
 * cannot run, with a warning: the precache list is the same, only slower to make.
 */
function manifestInWorker(root: string, options: GetManifestOptions): Promise<GetManifestResult> {
  return new Promise<GetManifestResult>((done, fail) => {
    const worker = new Worker(join(root, 'src', 'integrations', 'site-manifest-worker.mjs'), { workerData: options });
    worker.once('message', (result: GetManifestResult) => { done(result); void worker.terminate(); });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`it stopped with exit code ${code}`)));
  }).catch(async (error: unknown) => {
    const result = await (await workbox()).getManifest(options);
    const why = error instanceof Error ? error.message : String(error);
    return { ...result, warnings: [`The site's files were listed on the main thread: the listing thread failed (${why}).`, ...result.warnings] };
  });
}

/** While the search index is written: where the project is (to start a worker thread), and when the index is done. */
export interface AlongsideSearchIndex {
  root: string;
  written: Promise<unknown>;
}

/**
 * Writes the service worker for the build in `dir`; returns how many files and bytes it precaches. With `alongside`,
 * every file but the search bundle is listed and hashed in a worker thread while the index is still being written
 * (the main thread keeps feeding Pagefind), and the search bundle is listed once it is on disk.
 */
export async function writeServiceWorker(dir: string, format: BuildFormat, alongside?: AlongsideSearchIndex): Promise<{ count: number; size: number; warnings: string[] }> {
  alongside?.written.catch(() => undefined); // its failure is reported below, where it is awaited
  const listing = alongside && manifestInWorker(alongside.root, siteFilesManifestOptions(dir));
  listing?.catch(() => undefined);
  // Loading workbox-build blocks this thread for most of a second: only once the listing thread has started.
  await new Promise((resume) => setImmediate(resume));
  const { generateSW, getManifest } = await workbox();
  const site = await (listing ?? getManifest(siteFilesManifestOptions(dir)));
  await alongside?.written;
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
  let root = process.cwd();
  return {
    name: 'site-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        format = config.build.format === 'file' ? 'file' : 'directory';
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const alongside = precacheAfter && { root, written: precacheAfter() };
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), format, alongside);
        warnings.forEach((w) => logger.warn(w));
        logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
