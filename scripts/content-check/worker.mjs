// Runs the content check in a worker thread, so a build can render content while it runs (astro-integration.ts).
// Plain JavaScript: it registers tsx first, then loads the TypeScript check.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkContent } = await import('./index.ts');
parentPort.postMessage(checkContent(workerData));
