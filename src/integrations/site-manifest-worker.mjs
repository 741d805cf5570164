// Lists and hashes the site's files for the service worker's precache list (service-worker.ts) in a worker thread:
// workbox-build reads and hashes every file synchronously, and the main thread must keep feeding Pagefind meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
// Only the listing step: the package's index also loads its bundler (1.5 s against 0.3 s on this host).
import { getManifest } from 'workbox-build/build/get-manifest.js';

parentPort.postMessage(await getManifest(workerData));
