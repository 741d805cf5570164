import type { GetManifestOptions, InjectManifestOptions, ManifestEntry } from 'workbox-build';

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
// Images include the formats Astro writes for a section's local images (`_astro/*.webp`), which pages show offline too.
const SITE_PATTERN = '**/*.{html,js,css,svg,png,webp,avif,jpg,jpeg,gif,webmanifest}';
/** The search bundle: the files the search index writes last. */
const SEARCH_PATTERN = 'pagefind/**/*';
export const PRECACHE_PATTERNS = [SITE_PATTERN, SEARCH_PATTERN];
// `**/` also covers the further parts of a large site's index (pagefind/part-2/ ...), each written as a bundle of its
// own; the browser merges them into the first part's Pagefind, which never fetches their own script, worker or wasm.
const PRECACHE_IGNORES = [
  ...HOST_FILES, 'pagefind/**/pagefind-*ui.*', 'pagefind/**/pagefind-highlight.js', 'pagefind/**/playground/**', 'pagefind/**/wasm.unknown.pagefind',
  'pagefind/part-*/pagefind.js', 'pagefind/part-*/pagefind-worker.js', 'pagefind/part-*/wasm.*.pagefind',
];

/** How files become precache entries: hashed files (`_astro/`, Pagefind chunks) need no revision. */
const ENTRY_RULES = {
  dontCacheBustURLsMatching: /^(_astro\/|pagefind\/.*\.pf_)/,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
};

/**
 * Workbox `getManifest` options for everything the service worker precaches except the search bundle: the part of
 * the list that can be made while Pagefind is still writing its index (hashing 21,000 files of a 10,000-section site
 * takes seconds). `serviceWorkerOptions(dir, offlineFile, entries)` then adds the search bundle.
 */
export function siteFilesManifestOptions(dir: string): GetManifestOptions {
  return { globDirectory: dir, globPatterns: [SITE_PATTERN], globIgnores: [...PRECACHE_IGNORES, 'pagefind/**'], ...ENTRY_RULES };
}

/** The requests the service worker sends to the network, with the offline page as fallback: navigations only. */
export const isNavigation = ({ request }: { request: Request }): boolean => request.mode === 'navigate';

/**
 * Workbox `injectManifest` options for a build in `dir`: the bundled worker `swSrc` (src/service-worker/sw.ts) gets
 * the precache list where it says `self.__WB_MANIFEST`, and is written as `sw.js`. Precache entries are relative
 * URLs, so they resolve against the worker's own URL and the same worker works at `/` or under `/learn/`. With
 * `siteEntries` (from `siteFilesManifestOptions`), only the search bundle is still listed from disk.
 */
export function injectManifestOptions(dir: string, swSrc: string, siteEntries?: ManifestEntry[]): InjectManifestOptions {
  return {
    globDirectory: dir,
    swSrc,
    swDest: `${dir.replace(/\/+$/, '')}/${SERVICE_WORKER_FILE}`,
    globPatterns: siteEntries ? [SEARCH_PATTERN] : PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    ...(siteEntries && { additionalManifestEntries: siteEntries }),
    ...ENTRY_RULES,
  };
}
