import { Worker } from 'node:worker_threads';

/** What a worker is given to build its renderer: the Markdown options Astro passes its processor (plain data only). */
export interface RendererOptions {
  image: { domains?: string[]; remotePatterns?: unknown[] };
  syntaxHighlight: false;
  gfm?: boolean;
  smartypants?: boolean | object;
}

/** One section to render: what Astro's Markdown render function receives. */
export interface RenderJob {
  body: string;
  frontmatter: Record<string, unknown>;
  filePath?: string;
}

/** What the worker's renderer returns: Astro's `processor.render()` result, with the HTML under `html`. */
export interface RenderedMarkdown {
  html: string;
  metadata: { headings: unknown[]; localImagePaths: string[]; remoteImagePaths: string[]; frontmatter: Record<string, unknown> };
}

/** V8's default stack size on the main thread (984 KB). */
const MAIN_THREAD_STACK_MB = 0.96;

type Reply = { ready: true } | { id: number; html: string; metadata: RenderedMarkdown['metadata'] } | { id: number; failed: string };

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  jobs: Map<number, { resolve: (r: RenderedMarkdown) => void; reject: (e: Error) => void }>;
  dead: boolean;
}

/**
 * Worker threads that render Markdown with the build's own processor (render-worker.mjs), so a large content sync
 * uses every core instead of one. `render` rejects when a worker cannot render an entry or has stopped; the caller
 * then renders that entry itself, so the build's output and its errors are the same as without the pool.
 */
export class RenderPool {
  readonly #slots: Slot[] = [];
  #next = 1;

  constructor(workerFile: URL, shared: RendererOptions, size: number) {
    for (let i = 0; i < size; i++) this.#slots.push(this.#start(workerFile, shared));
  }

  /** Whether any worker is still running. */
  get usable(): boolean {
    return this.#slots.some((slot) => !slot.dead);
  }

  render(job: RenderJob): Promise<RenderedMarkdown> {
    const slot = this.#slots.filter((s) => !s.dead).sort((a, b) => a.jobs.size - b.jobs.size)[0];
    if (!slot) return Promise.reject(new Error('no render worker is running'));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject }); // counted at once, so jobs spread over workers that are still starting
      slot.worker.ref();
      slot.ready.then(() => slot.worker.postMessage({ id, ...job })).catch((error: unknown) => {
        slot.jobs.delete(id); // a worker that did not start, or a job it cannot be sent (the caller renders it)
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  /** Stops every worker; jobs still running reject (and are rendered by the caller). */
  async close(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => this.#stop(slot, new Error('the render pool was closed'))));
  }

  #start(workerFile: URL, shared: RendererOptions): Slot {
    // The main thread's stack size (V8's default, under 1 MB), not a worker's 4 MB: content so deeply nested that it
    // overflows the main thread must fail here too, and be rendered (and reported) there, as without workers.
    const worker = new Worker(workerFile, { workerData: { shared }, resourceLimits: { stackSizeMb: MAIN_THREAD_STACK_MB } });
    const slot: Slot = { worker, jobs: new Map(), dead: false, ready: Promise.resolve() };
    slot.ready = new Promise<void>((ready, failed) => {
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) return ready();
        const job = slot.jobs.get(reply.id);
        slot.jobs.delete(reply.id);
        if (!slot.jobs.size) worker.unref(); // an idle worker never keeps the process alive (a pool left open)
        if ('failed' in reply) job?.reject(new Error(reply.failed));
        else job?.resolve({ html: reply.html, metadata: reply.metadata });
      });
      const stopped = (error: Error) => { failed(error); void this.#stop(slot, error); };
      worker.on('error', stopped);
      worker.on('exit', (code) => stopped(new Error(`a render worker stopped with exit code ${code}`)));
    });
    slot.ready.catch(() => undefined); // a worker that fails to start only sends its jobs back to the caller
    return slot;
  }

  async #stop(slot: Slot, error: Error): Promise<void> {
    if (slot.dead) return;
    slot.dead = true;
    for (const job of slot.jobs.values()) job.reject(error);
    slot.jobs.clear();
    await slot.worker.terminate();
  }
}
