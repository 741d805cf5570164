import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ASIDE_FOLDER, keepRenderedHtmlAside, renderedHtml, sectionReadingWords } from '../../../src/catalog/rendered-aside';
import { countWords, readingPart } from '../../../src/lib/reading-time';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const BODY = 'A primary in one zone stops answering its replicas.\n\n## Code\n\n```python\nprint("left out of the count")\n```\n';
const HTML = '<section id="part-read"><p>A primary in one zone stops answering its replicas.</p></section>';

const folders: string[] = [];
const newCache = () => { const dir = mkdtempSync(join(tmpdir(), 'rendered-aside-')); folders.push(dir); return dir; };
afterEach(() => { for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** An Astro store for one collection, kept between loads as Astro keeps its data store between builds. */
const newStore = () => {
  const map = new Map<string, Entry>();
  return {
    get: (id: string) => map.get(id),
    set: (entry: Entry) => (map.set(entry.id, entry), true),
    delete: (id: string) => void map.delete(id),
    values: () => [...map.values()],
    entries: () => [...map.entries()],
  };
};
type Store = ReturnType<typeof newStore>;

/**
 * Runs the wrapped loader over `sources` as Astro's glob loader would: an entry already stored with the same
 * digest is left alone (not rendered again), any other is stored with its rendering.
 */
async function load(sources: Entry[], { cache = newCache(), store = newStore(), dev = false } = {}): Promise<{ cache: string; store: Store; stored: Entry[] }> {
  const inner: Loader = {
    name: 'fake-glob',
    load: async ({ store: s }) => {
      for (const e of sources) if (s.get(e.id)?.digest !== e.digest) s.set(e);
    },
  };
  const context = { store, config: { cacheDir: pathToFileURL(`${cache}/`) }, watcher: dev ? {} : undefined } as unknown as LoaderContext;
  await keepRenderedHtmlAside(inner).load(context);
  return { cache, store, stored: store.values() };
}

const markdownEntry = (html = HTML, id = 'course/partition'): Entry => ({
  id, data: { title: 'Partition' }, body: BODY, digest: `digest of ${html}`,
  rendered: { html, metadata: { headings: [{ depth: 2, slug: 'code', text: 'Code' }], frontmatter: { title: 'Partition', quiz: [] } } },
});
const files = (cache: string) => readdirSync(join(cache, ASIDE_FOLDER));

describe('keepRenderedHtmlAside', () => {
  it('stores a Markdown section without its HTML, body or repeated frontmatter, and reads the HTML back from its file', async () => {
    const { cache, stored: [stored] } = await load([markdownEntry()]);
    expect(stored!.body).toBeUndefined();
    expect(stored!.rendered!.html).toBe('');
    expect(stored!.rendered!.metadata).not.toHaveProperty('frontmatter');
    expect(stored!.rendered!.metadata!.headings).toEqual([{ depth: 2, slug: 'code', text: 'Code' }]);
    expect(stored!.data).toEqual({ title: 'Partition' });
    expect(files(cache)).toHaveLength(1);
    expect(renderedHtml(stored as never)).toBe(HTML);
  });

  it('keeps the word count of the reading part, which the dropped body no longer gives', async () => {
    const { stored: [stored] } = await load([markdownEntry()]);
    const expected = countWords(readingPart(BODY));
    expect(expected).toBe(9); // the prose before "## Code"; the code block is not counted
    expect(sectionReadingWords(stored as never)).toBe(expected);
  });

  it('stops loading with the error when a file cannot be written, instead of a page failing on it later', async () => {
    const cache = newCache();
    // A folder where the section's file should go: writing the file fails (as on a full disk, it fails late).
    const name = `${createHash('sha256').update(HTML).digest('hex').slice(0, 32)}.html`;
    mkdirSync(join(cache, ASIDE_FOLDER, name, 'in-the-way'), { recursive: true });
    await expect(load([markdownEntry()], { cache })).rejects.toThrow(/section "course\/partition" could not be written.*(EISDIR|ENOTEMPTY|EEXIST)/);
  });

  it('replaces a file by renaming a complete one into place, so a reader never sees half of it', async () => {
    const { cache, stored: [stored] } = await load([markdownEntry()]);
    expect(files(cache)).toEqual([(stored!.rendered!.metadata as { htmlFile: string }).htmlFile]);
    expect(readdirSync(join(cache, ASIDE_FOLDER)).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('names each file by its HTML, so two renderings never share a file and the same one is written once', async () => {
    const { cache, stored } = await load([markdownEntry(), markdownEntry('<p>Other</p>', 'course/other'), markdownEntry(HTML, 'course/same')]);
    expect(files(cache)).toHaveLength(2);
    expect(stored.map((e) => renderedHtml(e as never))).toEqual([HTML, '<p>Other</p>', HTML]);
  });

  it('stores only the file name, so a cache moved with its folder still serves the sections it did not render again', async () => {
    const { cache, store } = await load([markdownEntry()]);
    const moved = `${cache}-moved`;
    renameSync(cache, moved);
    folders.push(moved);
    const { stored: [stored] } = await load([markdownEntry()], { cache: moved, store });
    expect(renderedHtml(stored as never)).toBe(HTML);
  });

  it('renders again a section whose file is gone, instead of a page failing on it', async () => {
    const { cache, store } = await load([markdownEntry()]);
    rmSync(join(cache, ASIDE_FOLDER), { recursive: true });
    const { stored: [stored] } = await load([markdownEntry()], { cache, store });
    expect(files(cache)).toHaveLength(1);
    expect(renderedHtml(stored as never)).toBe(HTML);
  });

  it('deletes, after a build loads, the files no stored entry names that are over an hour old; a dev server deletes none', async () => {
    const { cache, store } = await load([markdownEntry('<p>Old text</p>')]);
    const [oldFile] = files(cache);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(cache, ASIDE_FOLDER, oldFile!), twoHoursAgo, twoHoursAgo);
    await load([markdownEntry('<p>New text</p>')], { cache, store, dev: true });
    expect(files(cache)).toHaveLength(2);
    const { stored: [stored] } = await load([markdownEntry('<p>New text</p>')], { cache, store });
    expect(files(cache)).not.toContain(oldFile);
    expect(files(cache)).toHaveLength(1);
    expect(renderedHtml(stored as never)).toBe('<p>New text</p>');
  });

  it('clears an old folder left in the cache too, instead of failing every build on it', async () => {
    const cache = newCache();
    const stray = join(cache, ASIDE_FOLDER, 'left-over');
    mkdirSync(join(stray, 'inside'), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stray, twoHoursAgo, twoHoursAgo);
    await load([markdownEntry()], { cache });
    expect(files(cache)).toHaveLength(1);
  });

  it('keeps an unnamed file written within the hour, which another build sharing the cache may be about to read', async () => {
    const { cache, store } = await load([markdownEntry('<p>Old text</p>')]);
    await load([markdownEntry('<p>New text</p>')], { cache, store });
    expect(files(cache)).toHaveLength(2);
  });

  it('passes an MDX section (no pre-rendered HTML) through untouched, so it renders as a component', async () => {
    const mdx: Entry = { id: 'course/mdx', data: {}, body: BODY, digest: 'mdx', deferredRender: true };
    const { stored: [stored] } = await load([mdx]);
    expect(stored).toBe(mdx);
    expect(renderedHtml(stored as never)).toBeUndefined();
    expect(sectionReadingWords(stored as never)).toBe(countWords(readingPart(BODY)));
  });

  it('leaves a section with local images to Astro, which fills in their URLs when it renders the entry', async () => {
    const withImage = markdownEntry('<p><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./diagram.png&quot;}"></p>');
    withImage.rendered!.metadata!.imagePaths = ['./diagram.png'];
    const { cache, stored: [stored] } = await load([withImage]);
    expect(stored).toBe(withImage);
    expect(files(cache)).toHaveLength(0);
    expect(renderedHtml(stored as never)).toBeUndefined();
    expect(sectionReadingWords(stored as never)).toBe(countWords(readingPart(BODY)));
  });

  it('never serves a damaged file: it says so, deletes it, and the next load renders the section again', async () => {
    const { cache, store, stored: [stored] } = await load([markdownEntry()]);
    const [file] = files(cache);
    writeFileSync(join(cache, ASIDE_FOLDER, file!), '');
    // Damaged since a build wrote it: a later build's process has not written or checked it yet.
    (globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('failure-modes.section-html-verified')]?.clear();
    expect(() => renderedHtml(stored as never)).toThrow(/section "course\/partition" in Astro's cache was damaged .*Build again/);
    expect(files(cache)).toHaveLength(0);
    const { stored: [again] } = await load([markdownEntry()], { cache, store });
    expect(renderedHtml(again as never)).toBe(HTML);
  });

  it('does not hash again a file this process wrote: its name is the hash of what was written', async () => {
    const { cache, stored: [stored] } = await load([markdownEntry()]);
    const [file] = files(cache);
    writeFileSync(join(cache, ASIDE_FOLDER, file!), 'changed since');
    expect(renderedHtml(stored as never)).toBe('changed since'); // not checked again within the build that wrote it
  });

  it('says which section lost its HTML, and what to do, when the file goes missing after loading', async () => {
    const { cache, stored: [stored] } = await load([markdownEntry()]);
    rmSync(join(cache, ASIDE_FOLDER), { recursive: true });
    expect(() => renderedHtml(stored as never)).toThrow(/section "course\/partition" is missing from Astro's cache .*Build again/);
  });
});
