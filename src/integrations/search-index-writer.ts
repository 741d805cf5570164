import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR, SEARCH_PARTS_FILE, searchPartFolder } from '../lib/search-parts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
type IndexOptions = Parameters<typeof pagefind.createIndex>[0];

/** Pages per part of the index: Pagefind holds a whole part in memory (about 0.25 MB a page) until it is written. */
export const SEARCH_PART_PAGES = 5000;
/**
 * HTML handed to Pagefind and not yet indexed, at most (in characters, about bytes): beyond this, the build waits
 * instead of queueing more. Pages wait here while a full part is written (10 s at 5,000 pages), so the cap is
 * generous: at 10,000 sections the build renders about 2,500 pages (40 MB of searchable HTML) in that time, and
 * used to stop for all of it when it waited after 64 pages.
 */
export const MAX_PENDING_CHARACTERS = 96 * 1024 * 1024;

export interface SearchIndexWriter {
  /**
   * Hands a built page to Pagefind, which indexes it in its own process while the build goes on. Resolves at
   * once, or when Pagefind has caught up under the cap, so that a build faster than Pagefind cannot pile up pages
   * without bound. The pages of the next part are queued while the previous part is written.
   */
  add(sourcePath: string, html: string): Promise<void>;
  /** Writes what is left, the list of parts, and stops Pagefind. */
  finish(): Promise<{ pages: number; parts: number }>;
}

function checked<T extends { errors: string[] }>(what: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
  return response;
}

async function openIndex(options: IndexOptions): Promise<Index> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** A promise whose failure is reported where it is awaited, not as an unhandled rejection before that. */
const awaitedLater = <T>(promise: Promise<T>) => (promise.catch(() => undefined), promise);

/**
 * A Pagefind index of `<outDir>/pagefind/`, fed page by page while Astro renders, and split into parts of at
 * most `partPages` pages so that Pagefind's memory stays bounded however large the site grows. A part is
 * written (and dropped from Pagefind's memory) before the next one opens; the browser merges the parts
 * listed in `pagefind/parts.json`. A site of up to `partPages` sections has a single part, as before.
 */
export function createSearchIndexWriter(outDir: string, options: IndexOptions, partPages = SEARCH_PART_PAGES, maxPendingCharacters = MAX_PENDING_CHARACTERS): SearchIndexWriter {
  let current: { index: Promise<Index>; adds: Promise<unknown>[] } | undefined;
  let written: Promise<void> = Promise.resolve();
  let parts = 0;
  let pages = 0;
  const pending = new Set<Promise<unknown>>();
  let pendingCharacters = 0;
  async function caughtUp(): Promise<void> {
    while (pendingCharacters > maxPendingCharacters && pending.size) await Promise.race(pending).catch(() => undefined);
  }
  // The next part opens only once the previous one is written, so Pagefind holds at most one part at a time.
  const openPart = () => ({ index: awaitedLater(written.then(() => openIndex(options))), adds: [] as Promise<unknown>[] });

  function closePart(): void {
    const part = current ?? openPart();
    const folder = join(outDir, SEARCH_BUNDLE_DIR, searchPartFolder(parts++));
    current = undefined;
    written = awaitedLater(Promise.all(part.adds).then(async () => {
      const index = await part.index;
      checked('write its files', await index.writeFiles({ outputPath: folder }));
      await index.deleteIndex();
    }));
  }

  return {
    add(sourcePath, html) {
      current ??= openPart();
      const { index } = current;
      const added = awaitedLater(index.then(async (i) => checked(`index ${sourcePath}`, await i.addHTMLFile({ sourcePath, content: html }))));
      current.adds.push(added);
      pending.add(added);
      pendingCharacters += html.length;
      void added.finally(() => { pending.delete(added); pendingCharacters -= html.length; }).catch(() => undefined);
      pages++;
      if (current.adds.length === partPages) closePart();
      return caughtUp();
    },
    async finish() {
      if (current || parts === 0) closePart(); // a site with no indexed page still gets an (empty) index to load
      try {
        await written;
        const extra = Array.from({ length: parts - 1 }, (_, i) => searchPartFolder(i + 1));
        writeFileSync(join(outDir, SEARCH_BUNDLE_DIR, SEARCH_PARTS_FILE), JSON.stringify(extra));
        return { pages, parts };
      } finally {
        await pagefind.close();
      }
    },
  };
}
