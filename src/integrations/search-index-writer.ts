import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR, SEARCH_PARTS_FILE, searchPartFolder } from '../lib/search-parts';
import { startSearchPart, type SearchPart } from './search-part';

type IndexOptions = Parameters<typeof pagefind.createIndex>[0];

/** Pages per part of the index: Pagefind holds a whole part in memory (about 0.25 MB a page) until it is written. */
export const SEARCH_PART_PAGES = 5000;
/**
 * Bytes of built pages handed to Pagefind and not yet indexed, at most: beyond this, the build waits instead of queueing
 * more, so a build faster than Pagefind cannot pile up pages without bound (about 800 section pages of 20 KB, each
 * held in its part's thread until Pagefind has it).
 */
export const MAX_PENDING_BYTES = 16 * 1024 * 1024;

export interface SearchIndexWriter {
  /**
   * Hands a built page (its HTML, as bytes: they are moved to the part's thread, not copied) to Pagefind, which indexes
   * its searchable part in its own process while the build goes on. Resolves at once, or when Pagefind has caught up
   * under the cap.
   */
  add(sourcePath: string, page: Uint8Array): Promise<void>;
  /** Writes what is left and the list of parts. */
  finish(): Promise<{ pages: number; parts: number }>;
}

/** A promise whose failure is reported where it is awaited, not as an unhandled rejection before that. */
const awaitedLater = <T>(promise: Promise<T>) => (promise.catch(() => undefined), promise);

/**
 * A Pagefind index of `<outDir>/pagefind/`, fed page by page while Astro renders, and split into parts of at
 * most `partPages` pages so that Pagefind's memory stays bounded however large the site grows. Each part has its own
 * Pagefind process (search-part.ts): a full part is written while the next one is filled, and at most two parts are in
 * memory at a time. The browser merges the parts listed in `pagefind/parts.json`. A site of up to `partPages`
 * sections has a single part.
 */
export function createSearchIndexWriter(
  outDir: string, options: IndexOptions, partPages = SEARCH_PART_PAGES, maxPendingBytes = MAX_PENDING_BYTES,
  startPart: (options: IndexOptions) => Promise<SearchPart> = startSearchPart,
): SearchIndexWriter {
  let current: { part: Promise<SearchPart>; adds: Promise<unknown>[] } | undefined;
  const writes: Promise<void>[] = [];
  const opened: Promise<SearchPart>[] = [];
  let parts = 0;
  let pages = 0;
  const pending = new Set<Promise<unknown>>();
  let pendingBytes = 0;
  let finished = false;
  // A part opens once the part two before it is written, so one is written while the next one fills.
  const openPart = () => {
    const part = awaitedLater((writes.at(-2) ?? Promise.resolve()).then(() => startPart(options)));
    opened.push(part);
    return { part, adds: [] as Promise<unknown>[] };
  };

  function closePart(): void {
    const { part, adds } = current ?? openPart();
    const folder = join(outDir, SEARCH_BUNDLE_DIR, searchPartFolder(parts++));
    current = undefined;
    writes.push(awaitedLater(Promise.all(adds).then(async () => (await part).write(folder))));
  }

  async function caughtUp(): Promise<void> {
    while (pendingBytes > maxPendingBytes && pending.size) await Promise.race(pending).catch(() => undefined);
  }

  return {
    add(sourcePath, page) {
      // Its part would never be written: a page the integration did not count (see search-index.ts), not a content error.
      if (finished) return Promise.reject(new Error(`the search index was already finished when ${sourcePath} was added`));
      current ??= openPart();
      const added = awaitedLater(current.part.then((part) => part.add(sourcePath, page)));
      current.adds.push(added);
      pending.add(added);
      const size = page.byteLength; // read now: the bytes are moved away when they are sent
      pendingBytes += size;
      void added.finally(() => { pending.delete(added); pendingBytes -= size; }).catch(() => undefined);
      pages++;
      if (current.adds.length === partPages) closePart();
      return caughtUp();
    },
    async finish() {
      finished = true;
      if (current || parts === 0) closePart(); // a site with no indexed page still gets an (empty) index to load
      try {
        await Promise.all(writes);
      } catch (error) {
        // A page or a part that failed: stop every part's thread, so the process can end with the error.
        await Promise.all(opened.map((part) => part.then((p) => p.close(), () => undefined)));
        throw error;
      }
      const extra = Array.from({ length: parts - 1 }, (_, i) => searchPartFolder(i + 1));
      writeFileSync(join(outDir, SEARCH_BUNDLE_DIR, SEARCH_PARTS_FILE), JSON.stringify(extra));
      return { pages, parts };
    },
  };
}
