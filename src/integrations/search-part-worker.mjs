// One part of the search index, in a worker thread of its own (search-part.ts). Each thread loads its own copy of
// Pagefind's Node API, which starts its own Pagefind process: one part is written while the next is indexed, on
// another core, where a single Pagefind process does one thing at a time. Plain JavaScript: it only runs Pagefind.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const { index, errors } = await pagefind.createIndex(workerData.options);
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

parentPort.on('message', async ({ id, add, writeTo }) => {
  try {
    const response = add ? await index.addHTMLFile(add) : await index.writeFiles({ outputPath: writeTo });
    if (writeTo) await pagefind.close();
    parentPort.postMessage({ id, errors: response.errors });
  } catch (error) {
    parentPort.postMessage({ id, errors: [error instanceof Error ? error.message : String(error)] });
  }
});
parentPort.postMessage({ ready: true });
