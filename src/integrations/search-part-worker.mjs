// One part of the search index, in a worker thread of its own (search-part.ts). Each thread loads its own copy of
// Pagefind's Node API, which starts its own Pagefind process: one part is written while the next is indexed, on
// another core, where a single Pagefind process does one thing at a time. It is also where each page's searchable part
// is cut out, off the thread that renders every page. Plain JavaScript, started as it is (Node strips the types of the
// one TypeScript module it imports).
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchContent } from '../lib/search-document.ts';

const { index, errors } = await pagefind.createIndex(workerData.options);
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/** Runs one request and gives its reply: Pagefind's errors, or the error it threw. */
async function reply(id, run) {
  try {
    return { id, errors: (await run()).errors };
  } catch (error) {
    return { id, errors: [messageOf(error)] };
  }
}

parentPort.on('message', async ({ id, adds, writeTo }) => {
  if (adds) {
    // Each page is sent to Pagefind at once, in order; one reply for the batch once Pagefind has them all.
    parentPort.postMessage({ replies: await Promise.all(adds.map(({ id, sourcePath, page }) => reply(id, () => index.addHTMLFile({ sourcePath, content: searchContent(page) })))) });
    return;
  }
  const written = await reply(id, () => index.writeFiles({ outputPath: writeTo }));
  await pagefind.close();
  parentPort.postMessage({ replies: [written] });
});
parentPort.postMessage({ ready: true });
