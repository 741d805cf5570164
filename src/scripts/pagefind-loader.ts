import type { PagefindResultData } from '../lib/search-results';
import { SEARCH_PARTS_FILE, parseSearchParts } from '../lib/search-parts';

/** The part of Pagefind's browser API (`pagefind.js`) the search box uses. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(url: string, options?: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind from the build's `pagefind/` folder, once. A failed load (no index in `astro dev`,
 * or offline before the index was saved) is not remembered, so the next try starts afresh.
 */
export function loadPagefind(url: string, siteBase: string): Promise<Pagefind> {
  const bundle = new URL(url, location.href);
  loading ??= Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, searchParts(bundle)]).then(async ([pagefind, parts]) => {
    // Result URLs are built from the base, so they work at the root and under a sub-path.
    await pagefind.options({ baseUrl: siteBase, excerptLength: 24 });
    for (const part of parts) await pagefind.mergeIndex(new URL(part, bundle).pathname, { baseUrl: siteBase });
    await pagefind.init();
    return pagefind;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * The further parts of a large site's index (integrations/search-index-writer.ts), fetched alongside the code.
 * Without the list (an index built before parts existed) the first part is searched alone.
 */
function searchParts(bundle: URL): Promise<string[]> {
  return fetch(new URL(SEARCH_PARTS_FILE, bundle)).then((r) => (r.ok ? r.json() : []), () => []).then(parseSearchParts, () => []);
}

/** What the search box says when the index cannot be loaded. */
export function searchUnavailableMessage(dev: boolean, online: boolean): string {
  if (dev) return 'No search index in development: it is written by npm run build. Run npm run build, then npm run preview, to try search.';
  if (!online) return 'Search is not saved on this device yet. Connect once and it will work offline too.';
  return 'Search is not available: its index could not be loaded. Reload the page to try again.';
}

/** What the search box says when the next results could not be loaded (the ones shown stay). */
export function moreUnavailableMessage(online: boolean): string {
  return online ? 'More results could not be loaded. Choose Show more results to try again.' : 'More results could not be loaded while offline. Connect, then choose Show more results again.';
}
