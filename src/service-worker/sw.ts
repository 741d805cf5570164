/// <reference lib="webworker" />
// The site's service worker, bundled by the build (src/integrations/service-worker.ts), which puts the list of files
// to precache where `self.__WB_MANIFEST` stands (Workbox's injectManifest). It does what Workbox's generateSW wrote
// before, and what src/scripts/service-worker-updates.ts expects.
import { clientsClaim } from 'workbox-core';
import { PrecacheFallbackPlugin, cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { IGNORED_URL_PARAMETERS, isNavigation } from '../lib/service-worker-options';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };
/** The offline page's file, relative to the worker (set by the build: `offline/index.html` or `offline.html`). */
declare const __OFFLINE_PAGE__: string;

// A new worker waits until the learner chooses "Reload", so an open page never mixes two versions.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

// Entries are relative URLs, so they resolve against the worker's own URL and the same worker works at `/` or under `/learn/`.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: IGNORED_URL_PARAMETERS });
cleanupOutdatedCaches();

// Navigations to pages that are not precached go to the network and fall back to the offline page only when the
// network fails; any other request that is not precached goes straight to the network, so a missing asset stays a 404.
registerRoute(isNavigation, new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: __OFFLINE_PAGE__ })] }), 'GET');
