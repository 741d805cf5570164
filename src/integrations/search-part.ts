import { Worker } from 'node:worker_threads';
import type * as pagefind from 'pagefind';

type IndexOptions = Parameters<typeof pagefind.createIndex>[0];
type Reply = { ready: true } | { replies: Array<{ id: number; errors: string[] }> };

/**
 * Pages sent to a part's thread in one message, at most. One message per page woke the thread, and took the build's
 * own thread off its core, ten thousand times in a 10,000-section build; pages wait at most BATCH_WAIT_MS for a batch.
 */
export const BATCH_PAGES = 32;
const BATCH_WAIT_MS = 20;

const ownsBuffer = (page: Uint8Array) => page.byteOffset === 0 && page.byteLength === page.buffer.byteLength && page.buffer instanceof ArrayBuffer;

/** One part of the search index: a Pagefind index of its own, in its own worker thread and Pagefind process. */
export interface SearchPart {
  /** Indexes the searchable part of one built page (its bytes are moved to the part's thread); rejects with Pagefind's errors. */
  add(sourcePath: string, page: Uint8Array): Promise<void>;
  /** Writes the part's files to `folder` and stops its Pagefind process; rejects with Pagefind's errors. */
  write(folder: string): Promise<void>;
  /** Stops the part's thread without writing (a build that failed); nothing happens to a part already written. */
  close(): Promise<void>;
}

/** Starts a part (search-part-worker.mjs); resolves once its Pagefind index is open. */
export function startSearchPart(options: IndexOptions): Promise<SearchPart> {
  const worker = new Worker(new URL('./search-part-worker.mjs', import.meta.url), { workerData: { options } });
  const waiting = new Map<number, { what: string; done: () => void; fail: (e: Error) => void }>();
  let next = 1;
  let stopped: Error | undefined;
  let batch: Array<{ id: number; sourcePath: string; page: Uint8Array }> = [];
  let timer: NodeJS.Timeout | undefined;
  // The thread keeps the process alive only while it starts or works on a page: a build that failed before writing
  // its index can still exit.
  const busy = () => (waiting.size ? worker.ref() : worker.unref());
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    // Moved, not copied: a page's bytes are its own buffer (copied first if they share one).
    if (batch.length) worker.postMessage({ adds: batch }, batch.map(({ page }) => page.buffer as ArrayBuffer));
    batch = [];
  };
  const ask = (what: string, send: (id: number) => void) => new Promise<void>((done, fail) => {
    if (stopped) return fail(stopped);
    const id = next++;
    waiting.set(id, { what, done, fail });
    busy();
    send(id);
  });
  const add = (sourcePath: string, page: Uint8Array) => ask(`index ${sourcePath}`, (id) => {
    batch.push({ id, sourcePath, page: ownsBuffer(page) ? page : page.slice() });
    if (batch.length >= BATCH_PAGES) flush();
    else timer ??= setTimeout(flush, BATCH_WAIT_MS);
  });
  // Pages still in a batch go first: Pagefind indexes in the order it is sent.
  const write = (outputPath: string) => ask('write its files', (id) => { flush(); worker.postMessage({ id, writeTo: outputPath }); });
  const close = async () => { clearTimeout(timer); await worker.terminate(); };
  return new Promise((ready, failed) => {
    const stop = (error: Error) => {
      stopped ??= error;
      clearTimeout(timer);
      failed(error);
      for (const job of waiting.values()) job.fail(error);
      waiting.clear();
    };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        busy();
        return ready({ add, write: (folder) => write(folder).finally(close), close });
      }
      for (const { id, errors } of reply.replies) {
        const job = waiting.get(id);
        waiting.delete(id);
        if (errors.length) job?.fail(new Error(`Pagefind could not ${job.what}: ${errors.join('; ')}`));
        else job?.done();
      }
      busy();
    });
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`the search index worker stopped (exit code ${code})`)));
  });
}
