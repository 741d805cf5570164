import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

let cache: string;
afterEach(() => rmSync(cache, { recursive: true, force: true }));

/** Runs a wrapped loader that stores `entries`, against a store that records what reaches it. */
async function load(entries: Entry[], options: { dev?: boolean; cacheFolder?: string } = {}): Promise<Entry[]> {
  cache = options.cacheFolder ?? mkdtempSync(join(tmpdir(), 'rendered-aside-'));
  const stored = new Map<string, Entry>();
  const store = { set: (entry: Entry) => (stored.set(entry.id, entry), true), values: () => [...stored.values()] };
  const inner: Loader = { name: 'fake', load: async ({ store: s }) => { for (const e of entries) s.set(e); } };
  const context = { store, config: { cacheDir: pathToFileURL(`${cache}/`) }, watcher: options.dev ? {} : undefined } as unknown as LoaderContext;
  await keepRenderedHtmlAside(inner).load(context);
  return [...stored.values()];
}

const markdownEntry = (html = HTML): Entry => ({
  id: 'course/partition', data: { title: 'Partition' }, body: BODY, digest: 'd1',
  rendered: { html, metadata: { headings: [{ depth: 2, slug: 'code', text: 'Code' }], frontmatter: { title: 'Partition', quiz: [] } } },
});

describe('keepRenderedHtmlAside', () => {
  it('stores a Markdown section without its HTML, body or repeated frontmatter, and reads the HTML back from its file', async () => {
    const [stored] = await load([markdownEntry()]);
    expect(stored!.body).toBeUndefined();
    expect(stored!.rendered!.html).toBe('');
    expect(stored!.rendered!.metadata).not.toHaveProperty('frontmatter');
    expect(stored!.rendered!.metadata!.headings).toEqual([{ depth: 2, slug: 'code', text: 'Code' }]);
    expect(stored!.data).toEqual({ title: 'Partition' });
    expect(readdirSync(join(cache, ASIDE_FOLDER))).toHaveLength(1);
    expect(renderedHtml(stored as never)).toBe(HTML);
  });

  it('keeps the word count of the reading part, which the dropped body no longer gives', async () => {
    const [stored] = await load([markdownEntry()]);
    const expected = countWords(readingPart(BODY));
    expect(expected).toBe(9); // the prose before "## Code"; the code block is not counted
    expect(sectionReadingWords(stored as never)).toBe(expected);
  });

  it('names each file by its HTML, so two renderings never share a file and an unchanged one is reused', async () => {
    const stored = await load([markdownEntry(), { ...markdownEntry('<p>Other</p>'), id: 'course/other' }, { ...markdownEntry(), id: 'course/same' }]);
    expect(readdirSync(join(cache, ASIDE_FOLDER))).toHaveLength(2);
    expect(stored.map((e) => renderedHtml(e as never))).toEqual([HTML, '<p>Other</p>', HTML]);
  });

  it('deletes, after a build loads, the files no stored entry names any more, and a dev server deletes none', async () => {
    await load([markdownEntry('<p>Old text</p>')]);
    const folder = cache;
    await load([markdownEntry('<p>New text</p>')], { cacheFolder: folder, dev: true });
    expect(readdirSync(join(folder, ASIDE_FOLDER))).toHaveLength(2);
    const [stored] = await load([markdownEntry('<p>New text</p>')], { cacheFolder: folder });
    expect(readdirSync(join(folder, ASIDE_FOLDER))).toHaveLength(1);
    expect(renderedHtml(stored as never)).toBe('<p>New text</p>');
  });

  it('passes an MDX section (no pre-rendered HTML) through untouched, so it renders as a component', async () => {
    const mdx: Entry = { id: 'course/mdx', data: {}, body: BODY, deferredRender: true };
    const [stored] = await load([mdx]);
    expect(stored).toBe(mdx);
    expect(renderedHtml(stored as never)).toBeUndefined();
    expect(sectionReadingWords(stored as never)).toBe(countWords(readingPart(BODY)));
  });

  it('says which section lost its HTML and how to recover when the cache folder was emptied', async () => {
    const [stored] = await load([markdownEntry()]);
    rmSync(join(cache, ASIDE_FOLDER), { recursive: true });
    expect(() => renderedHtml(stored as never)).toThrow(/section "course\/partition" is missing from Astro's cache .*Delete the cache folder/);
  });
});
