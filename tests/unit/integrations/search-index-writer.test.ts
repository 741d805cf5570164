import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSearchIndexWriter } from '../../../src/integrations/search-index-writer';
import { fragmentsOf } from '../../helpers/search-fragments';

const page = (title: string, word: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>About ${word}.</p></main></body></html>`;

let out: string;
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('the search index writer (real Pagefind)', () => {
  it('writes one part, and an empty parts list, for a site within the part size', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const writer = createSearchIndexWriter(out, {}, 10);
    writer.add('a/index.html', page('Alpha', 'retries'));
    writer.add('b.html', page('Beta', 'timeouts'));
    expect(await writer.finish()).toEqual({ pages: 2, parts: 1 });
    expect(JSON.parse(readFileSync(join(out, 'pagefind', 'parts.json'), 'utf8'))).toEqual([]);
    const fragments = fragmentsOf(join(out, 'pagefind'));
    expect(fragments.map((f) => f.url).sort()).toEqual(['/a/', '/b.html']); // the URLs Pagefind gives those files on disk
    expect(fragments.find((f) => f.url === '/a/')!.content).toContain('About retries');
    expect(fragments.every((f) => !f.content.includes('Menu'))).toBe(true);
  });

  it('splits a larger site into parts of at most the part size, each a complete bundle, and lists them', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const writer = createSearchIndexWriter(out, {}, 2);
    const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
    titles.forEach((t, i) => writer.add(`s${i}/index.html`, page(t, `word${i}`)));
    expect(await writer.finish()).toEqual({ pages: 5, parts: 3 });
    const parts = JSON.parse(readFileSync(join(out, 'pagefind', 'parts.json'), 'utf8')) as string[];
    expect(parts).toEqual(['part-2/', 'part-3/']);
    const perPart = ['', ...parts].map((p) => fragmentsOf(join(out, 'pagefind', p)).map((f) => f.meta.title).sort());
    expect(perPart).toEqual([['One', 'Two'], ['Four', 'Three'], ['Five']]);
    for (const p of parts) expect(existsSync(join(out, 'pagefind', p, 'pagefind-entry.json'))).toBe(true);
  });

  it('indexes every page when the build waits for Pagefind after each page, across part boundaries', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const writer = createSearchIndexWriter(out, {}, 60);
    for (let i = 0; i < 150; i++) await writer.add(`p${i}/index.html`, page(`Page ${i}`, `term${i}`)); // as the prerenderer does
    expect(await writer.finish()).toEqual({ pages: 150, parts: 3 });
    const counts = ['', 'part-2/', 'part-3/'].map((p) => fragmentsOf(join(out, 'pagefind', p)).length);
    expect(counts).toEqual([60, 60, 30]);
  }, 30_000);

  it('writes an empty index when no page has a searchable part, so search still loads', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    expect(await createSearchIndexWriter(out, {}, 2).finish()).toEqual({ pages: 0, parts: 1 });
    expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
