import type { GenerateSWOptions } from 'workbox-build';

/** File name of the generated service worker, at the root of the build (its scope is the site's base). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Query parameters that never change a response: Pagefind's cache-busting `ts` and campaign tags. */
export const IGNORED_URL_PARAMETERS = [/^ts$/, /^utm_/, /^fbclid$/];

/** Built files written for the host, not the browser: never precached. */
const HOST_FILES = ['_headers', '404.html', `${SERVICE_WORKER_FILE}`];

/**
 * What the service worker precaches: every page, script, style and icon of the site and the whole
 * search bundle (so search works offline). Not cached: Pagefind's own UI files (the site has its
 * own), and its search engine for pages without a language (every page here says lang="en").
 */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,png,webmanifest}', 'pagefind/**/*'];
// `**/` also covers the further parts of a large site's index (pagefind/part-2/ ...), each written as a bundle of its
// own; the browser merges them into the first part's Pagefind, which never fetches their own script, worker or wasm.
const PRECACHE_IGNORES = [
  ...HOST_FILES, 'pagefind/**/pagefind-*ui.*', 'pagefind/**/pagefind-highlight.js', 'pagefind/**/playground/**', 'pagefind/**/wasm.unknown.pagefind',
  'pagefind/part-*/pagefind.js', 'pagefind/part-*/pagefind-worker.js', 'pagefind/part-*/wasm.*.pagefind',
];

/**
 * Workbox `generateSW` options for a build in `dir`. Precache entries are relative URLs, so they
 * resolve against the worker's own URL and the same worker works at `/` or under `/learn/`.
 * Hashed files (`_astro/`, Pagefind chunks) need no revision. Navigations to pages that are not
 * precached go to the network and fall back to the offline page only when the network fails; any
 * other request that is not precached goes straight to the network, so a missing asset stays a 404.
 */
export function serviceWorkerOptions(dir: string, offlineFile: string): GenerateSWOptions {
  return {
    globDirectory: dir,
    swDest: `${dir.replace(/\/+$/, '')}/${SERVICE_WORKER_FILE}`,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/.*\.pf_)/,
    ignoreURLParametersMatching: IGNORED_URL_PARAMETERS,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    // A new worker waits until the learner chooses "Reload", so an open page never mixes two versions.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [{
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: offlineFile } },
    }],
  };
}
