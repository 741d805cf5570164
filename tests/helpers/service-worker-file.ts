/** What a built `sw.js` says, read from its text: the list Workbox's injectManifest put in is JSON; the rest is minified. */

/** URLs of the precache list, in the worker's order. */
export const precacheUrls = (sw: string): string[] => [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);

/** The page navigations fall back to offline, as the worker's code names it (any quote style). */
export const offlineFallback = (sw: string): string | undefined => /fallbackURL:\s*[`"']([^`"']+)[`"']/.exec(sw)?.[1];
