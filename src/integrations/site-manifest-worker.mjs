// Lists and hashes the site's files for the service worker's precache list (service-worker.ts) in a worker thread:
// workbox-build reads and hashes every file synchronously, and the main thread must keep feeding Pagefind meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { getManifest } from 'workbox-build';

parentPort.postMessage(await getManifest(workerData));
