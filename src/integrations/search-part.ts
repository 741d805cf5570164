import { Worker } from 'node:worker_threads';
import type * as pagefind from 'pagefind';

type IndexOptions = Parameters<typeof pagefind.createIndex>[0];
type Reply = { ready: true } | { id: number; errors: string[] };

/** One part of the search index: a Pagefind index of its own, in its own worker thread and Pagefind process. */
export interface SearchPart {
  /** Indexes one page; rejects with Pagefind's errors. */
  add(sourcePath: string, html: string): Promise<void>;
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
  // The thread keeps the process alive only while it starts or works on a page: a build that failed before writing
  // its index can still exit.
  const busy = () => (waiting.size ? worker.ref() : worker.unref());
  const ask = (what: string, message: object) => new Promise<void>((done, fail) => {
    if (stopped) return fail(stopped);
    const id = next++;
    waiting.set(id, { what, done, fail });
    busy();
    worker.postMessage({ id, ...message });
  });
  const close = async () => { await worker.terminate(); };
  return new Promise((ready, failed) => {
    const stop = (error: Error) => {
      stopped ??= error;
      failed(error);
      for (const job of waiting.values()) job.fail(error);
      waiting.clear();
    };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        busy();
        return ready({
          add: (sourcePath, content) => ask(`index ${sourcePath}`, { add: { sourcePath, content } }),
          write: (outputPath) => ask('write its files', { writeTo: outputPath }).finally(close),
          close,
        });
      }
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      busy();
      if (reply.errors.length) job?.fail(new Error(`Pagefind could not ${job.what}: ${reply.errors.join('; ')}`));
      else job?.done();
    });
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`the search index worker stopped (exit code ${code})`)));
  });
}
