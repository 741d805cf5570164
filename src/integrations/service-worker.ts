import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';
import type { GetManifestOptions, GetManifestResult } from 'workbox-build';
import { injectManifestOptions, siteFilesManifestOptions } from '../lib/service-worker-options';
import { outputFileOf } from '../lib/output-file';
import type { BuildFormat } from '../lib/deploy-shape';

/** Path of the page shown for a page that was never cached while the learner is offline. */
export const OFFLINE_PAGE = 'offline/';

/**
 * workbox-build's listing and injecting steps, loaded when a build first needs them: `astro dev` and the build's start
 * never wait for them. Not the package's index, which also loads the bundler generateSW uses (1.5 s against 0.3 s).
 * Through Node's own `require`: the config's modules run in a Vite module runner that is closed by the time a build ends.
 */
const workbox = () => {
  const load = createRequire(import.meta.url);
  const { getManifest } = load('workbox-build/build/get-manifest.js') as Pick<typeof import('workbox-build'), 'getManifest'>;
  const { injectManifest } = load('workbox-build/build/inject-manifest.js') as Pick<typeof import('workbox-build'), 'injectManifest'>;
  return { getManifest, injectManifest };
};

/**
 * Runs workbox-build's `getManifest` in a worker thread (site-manifest-worker.mjs under `root`), or here if the thread
 * cannot run, with a warning: the precache list is the same, only slower to make.
 */
async function manifestInWorker(root: string, options: GetManifestOptions): Promise<GetManifestResult> {
  try {
    return await new Promise<GetManifestResult>((done, fail) => {
      const worker = new Worker(join(root, 'src', 'integrations', 'site-manifest-worker.mjs'), { workerData: options });
      worker.once('message', (result: GetManifestResult) => { done(result); void worker.terminate(); });
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`it stopped with exit code ${code}`)));
    });
  } catch (error) {
    const result = await workbox().getManifest(options);
    const why = error instanceof Error ? error.message : String(error);
    return { ...result, warnings: [`The site's files were listed on the main thread: the listing thread failed (${why}).`, ...result.warnings] };
  }
}

/**
 * The site's worker (src/service-worker/sw.ts) with Workbox's runtime, bundled and minified by Rolldown (Vite's
 * bundler) into `file`: a classic script, as the page registers it, whose offline page is `offlineFile`. The precache
 * list is put in afterwards, as plain data: Workbox's generateSW ran Babel and Terser over the whole list, 1.5 MB at
 * 10,000 sections, which took seconds at the end of every build.
 */
export async function bundleServiceWorker(offlineFile: string, file: string): Promise<void> {
  // Node's own loader, as for workbox-build above: by the end of a build the config's module runner is closed.
  const { build } = createRequire(import.meta.url)('rolldown') as typeof import('rolldown');
  await build({
    input: fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url)),
    platform: 'browser',
    logLevel: 'silent',
    transform: { define: { __OFFLINE_PAGE__: JSON.stringify(offlineFile), 'process.env.NODE_ENV': '"production"' } },
    output: { file, format: 'iife', minify: true },
  });
}

/** While the search index is written: where the project is (to start a worker thread), and when the index is done. */
export interface AlongsideSearchIndex {
  root: string;
  written: Promise<unknown>;
}

/**
 * Writes the service worker for the build in `dir`; returns how many files and bytes it precaches. With `alongside`,
 * every file but the search bundle is listed and hashed in a worker thread while the index is still being written (the
 * main thread keeps feeding Pagefind), and the search bundle is listed once it is on disk.
 */
export async function writeServiceWorker(dir: string, format: BuildFormat, alongside?: AlongsideSearchIndex): Promise<{ count: number; size: number; warnings: string[] }> {
  alongside?.written.catch(() => undefined); // its failure is reported below, where it is awaited
  const listing = alongside && manifestInWorker(alongside.root, siteFilesManifestOptions(dir));
  listing?.catch(() => undefined);
  const bundleDir = mkdtempSync(join(tmpdir(), 'site-sw-'));
  try {
    const swSrc = join(bundleDir, 'sw.js');
    const bundled = bundleServiceWorker(outputFileOf(OFFLINE_PAGE, '/', format), swSrc);
    bundled.catch(() => undefined); // awaited below
    // Loading workbox-build blocks this thread for a moment: only once the listing thread has started.
    await new Promise((resume) => setImmediate(resume));
    const { injectManifest, getManifest } = workbox();
    const site = await (listing ?? getManifest(siteFilesManifestOptions(dir)));
    await bundled;
    await alongside?.written;
    const { count, size, warnings } = await injectManifest(injectManifestOptions(dir, swSrc, site.manifestEntries));
    return { count, size: site.size + size, warnings: [...site.warnings, ...warnings] };
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

/**
 * Astro integration: once the pages are generated, writes the Workbox service worker, and reports it when the build is
 * done. The site's files are final by then (Astro copied the public folder before the pages; what later hooks write,
 * such as the sitemap and host headers, is not precached), so they are hashed while the sitemap is written.
 * `precacheAfter` resolves once the search index is written (searchIndex().written), whose files are listed last.
 */
export function serviceWorker({ precacheAfter }: { precacheAfter?: () => Promise<unknown> } = {}): AstroIntegration {
  let format: BuildFormat = 'directory';
  let root = process.cwd();
  let writing: ReturnType<typeof writeServiceWorker> | undefined;
  const start = (dir: URL) => {
    const alongside = precacheAfter && { root, written: precacheAfter() };
    writing = writeServiceWorker(fileURLToPath(dir), format, alongside);
    writing.catch(() => undefined); // reported in build:done, where it is awaited
    return writing;
  };
  return {
    name: 'site-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        format = config.build.format === 'file' ? 'file' : 'directory';
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => { writing = undefined; },
      'astro:build:generated': ({ dir }) => { start(dir); },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await (writing ?? start(dir));
        warnings.forEach((w) => logger.warn(w));
        logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
