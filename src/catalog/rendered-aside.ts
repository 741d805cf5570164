import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { countWords, readingPart } from '../lib/reading-time';

/** Where a section's rendered HTML is kept: under Astro's cache folder, beside its content data store. */
export const ASIDE_FOLDER = 'section-html';

/**
 * Where this process's loader keeps the files, for the pages it renders (the page code is bundled apart from the
 * loader, so it cannot share a module variable; the loader always runs first in a build and in a dev server).
 */
const FOLDER = Symbol.for('failure-modes.section-html-folder');
const folderOfThisBuild = () => (globalThis as { [FOLDER]?: string })[FOLDER];

/**
 * Files this process wrote, or read and found whole, so pages need not hash them again (the print pages read every
 * section a second time; in a cold build every file was just written). Kept on globalThis like FOLDER.
 */
const VERIFIED = Symbol.for('failure-modes.section-html-verified');
const verified = ((globalThis as { [VERIFIED]?: Set<string> })[VERIFIED] ??= new Set<string>());

/** What a Markdown section's entry keeps of its rendering, in place of the HTML and the raw body. */
interface AsideMetadata {
  /**
   * Name of the file holding the rendered HTML, in the cache folder (named by its own hash, so never stale). Only the
   * name is stored: Astro does not clear its store when the project or its cache moves, so a path would go stale.
   */
  htmlFile?: string;
  /** Words of the section's reading part, counted from the body before it is dropped. */
  readingWords?: number;
}

/** The fields of a collection entry this module reads; a full `CollectionEntry` fits. */
interface RenderedEntry {
  id: string;
  body?: string;
  rendered?: { html: string; metadata?: object };
}

const aside = (entry: RenderedEntry) => (entry.rendered?.metadata ?? {}) as AsideMetadata;

/**
 * Wraps a section loader so the data store keeps only each section's data: the rendered HTML goes to a file of
 * its own, and the raw body (needed only for its word count) is not kept. Astro turns the whole store into
 * modules for Vite before any page is built; at 10,000 sections the HTML and bodies were most of its 120 MB,
 * most of that bundling step and most of the build's peak memory. A page reads its section's file when it
 * renders. MDX sections, and sections with local images (whose URLs Astro fills in when it renders the entry), are
 * stored as they come and rendered by Astro.
 */
export function keepRenderedHtmlAside(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const folder = join(fileURLToPath(context.config.cacheDir), ASIDE_FOLDER);
      mkdirSync(folder, { recursive: true });
      (globalThis as { [FOLDER]?: string })[FOLDER] = folder;
      // An entry whose file is gone (the folder was emptied, or the cache restored without it) is dropped from the
      // store, so the loader renders that section again instead of the page failing.
      for (const [id, entry] of context.store.entries()) {
        const { htmlFile } = aside(entry);
        if (htmlFile && !existsSync(join(folder, htmlFile))) context.store.delete(id);
      }
      // A build writes the files in the background and waits for all of them before loading ends, so every page finds
      // its file. A dev server's later edits write at once.
      const files = asideWriter(folder);
      let loading = !context.watcher;
      const set = context.store.set.bind(context.store);
      context.store.set = (entry) => {
        const html = entry.rendered?.html;
        if (!html || entry.rendered?.metadata?.imagePaths?.length) return set(entry);
        const htmlFile = fileNameOf(html);
        if (loading) files.inBackground(htmlFile, html, entry.id);
        else files.now(htmlFile, html);
        const { frontmatter: _, ...metadata } = entry.rendered!.metadata ?? {};
        const kept: AsideMetadata = { htmlFile, readingWords: countWords(readingPart(entry.body ?? '')) };
        return set({ ...entry, body: undefined, rendered: { html: '', metadata: { ...metadata, ...kept } } });
      };
      try {
        await loader.load(context);
      } finally {
        loading = false;
        await files.settled();
      }
      files.throwIfFailed(); // a file that could not be written (a full disk) stops the build
      if (!context.watcher) pruneUnused(folder, context.store.values());
    },
  };
}

/** Files written in the background at most at once: past this, a write is made at once, so waiting HTML stays bounded. */
const MAX_BACKGROUND_WRITES = 64;

/**
 * Writes the rendered files, each to a temporary file renamed into place, so a reader (another build sharing the
 * cache) sees the old file or the new one, never half of one. `inBackground` keeps the writes off the loader's thread
 * (10,000 synchronous writes took 6 s of a 10,000-section sync); `settled` waits for them, `throwIfFailed` reports
 * the first that failed.
 */
function asideWriter(folder: string) {
  const pending = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let count = 0;
  const temporary = (name: string) => join(folder, `${name}.${process.pid}.${count++}.tmp`);
  const now = (name: string, html: string) => {
    const file = temporary(name);
    writeFileSync(file, html);
    renameSync(file, join(folder, name));
    verified.add(join(folder, name));
  };
  const inBackground = (name: string, html: string, section: string) => {
    if (pending.size >= MAX_BACKGROUND_WRITES) return now(name, html);
    const file = temporary(name);
    const write: Promise<void> = writeFile(file, html).then(() => rename(file, join(folder, name))).then(() => { verified.add(join(folder, name)); })
      .catch((error: unknown) => {
        failures.push(new Error(`The rendered HTML of section "${section}" could not be written to ${join(folder, name)}: `
          + `${error instanceof Error ? error.message : String(error)}`, { cause: error }));
      })
      .finally(() => pending.delete(write));
    pending.add(write);
  };
  return {
    now,
    inBackground,
    settled: async () => { await Promise.all(pending); },
    throwIfFailed: () => { if (failures.length) throw failures[0]; },
  };
}

/** The name of the file that holds `html`: its own hash, so a file's name says what it must contain. */
const fileNameOf = (html: string) => `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`;

/** Files another build may have just written for its own store (two builds or syncs sharing one cache) are kept. */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/**
 * Deletes the files no stored entry names (sections since edited or removed, renderings by older code), so the
 * folder does not grow with every change in a cache kept between builds. Only builds prune, and only files older than
 * an hour: a dev server (which has a watcher), or another build sharing the cache, may be using a newer one.
 */
function pruneUnused(folder: string, entries: RenderedEntry[]): void {
  const used = new Set(entries.map((entry) => aside(entry).htmlFile));
  const before = Date.now() - PRUNE_AFTER_MS;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (!used.has(name) && (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < before) rmSync(file, { force: true, recursive: true });
  }
}


/** A section's rendered HTML, read from its file; undefined for a section Astro must render (MDX, local images). */
export function renderedHtml(entry: RenderedEntry): string | undefined {
  const { htmlFile } = aside(entry);
  if (!htmlFile) return undefined;
  const folder = folderOfThisBuild();
  if (!folder) throw new Error(`The rendered HTML of section "${entry.id}" is kept by the sections' loader, which has not run in this process.`);
  const file = join(folder, htmlFile);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    // Only if the file went missing after content was loaded (loading renders again any section whose file is gone).
    throw new Error(`The rendered HTML of section "${entry.id}" is missing from Astro's cache (${file}). `
      + 'Build again: the sections whose files are missing are rendered again.', { cause: error });
  }
  // A file's name is its content's hash: once it matched, another build sharing the cache can only put the same bytes there.
  if (verified.has(file) || fileNameOf(html) === htmlFile) return (verified.add(file), html);
  // A damaged file is never published: it is deleted, so the next build renders the section again.
  rmSync(file, { force: true });
  throw new Error(`The rendered HTML of section "${entry.id}" in Astro's cache was damaged (${file}); it has been deleted. `
    + 'Build again: the section is rendered again.');
}

/** Words in a section's reading part, for its reading time: kept when the body was dropped, else counted from it. */
export const sectionReadingWords = (entry: RenderedEntry): number =>
  aside(entry).readingWords ?? countWords(readingPart(entry.body ?? ''));
