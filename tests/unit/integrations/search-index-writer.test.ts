import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSearchIndexWriter } from '../../../src/integrations/search-index-writer';
import type { SearchPart } from '../../../src/integrations/search-part';
import { fragmentsOf } from '../../helpers/search-fragments';

/** A built page, as bytes (each call its own: a part's thread takes the bytes it is sent). */
const page = (title: string, word: string) => new TextEncoder().encode(
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>About ${word}.</p></main></body></html>`);

/** Whether a promise settles before the event loop's next turn: 'resolved' at once, or still 'waiting'. */
const settled = (p: Promise<void>) => Promise.race([p.then(() => 'resolved'), new Promise((r) => setImmediate(() => r('waiting')))]);

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

  it('keeps taking pages while a full part is being written, so the build does not stop for the write', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const writer = createSearchIndexWriter(out, {}, 3);
    for (let i = 0; i < 3; i++) await writer.add(`p${i}/index.html`, page(`Page ${i}`, `term${i}`));
    // The first part is now being written; the pages after it are queued at once, however many (under the cap).
    const queued = [];
    for (let i = 3; i < 103; i++) queued.push(await settled(writer.add(`p${i}/index.html`, page(`Page ${i}`, `term${i}`))));
    expect(queued.every((state) => state === 'resolved')).toBe(true);
    expect(await writer.finish()).toEqual({ pages: 103, parts: 35 });
    expect(fragmentsOf(join(out, 'pagefind', 'part-35')).map((f) => f.meta.title)).toEqual(['Page 102']);
  }, 30_000);

  it('makes the build wait once the pages queued for Pagefind pass the cap in bytes, until Pagefind catches up', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const big = () => page('Big', 'backlog');
    const writer = createSearchIndexWriter(out, {}, 10, big().byteLength * 2);
    expect(await settled(writer.add('a.html', big()))).toBe('resolved');
    expect(await settled(writer.add('b.html', big()))).toBe('resolved');
    const third = writer.add('c.html', big()); // three pages queued: over the cap of two
    expect(await settled(third)).toBe('waiting');
    await third;
    expect(await writer.finish()).toEqual({ pages: 3, parts: 1 });
    expect(fragmentsOf(join(out, 'pagefind')).length).toBe(3);
  });

  it('opens the next part while the previous one is written, but never holds more than two parts', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const events: string[] = [];
    const writesToFinish: (() => void)[] = [];
    let started = 0;
    const fakePart = async (): Promise<SearchPart> => {
      const n = ++started;
      events.push(`start ${n}`);
      return {
        add: async () => undefined,
        write: () => { events.push(`write ${n}`); return new Promise<void>((done) => writesToFinish.push(() => { events.push(`written ${n}`); done(); })); },
        close: async () => undefined,
      };
    };
    mkdirSync(join(out, 'pagefind')); // where a real part would have written its files
    const writer = createSearchIndexWriter(out, {}, 1, undefined, fakePart);
    const tick = () => new Promise((r) => setImmediate(r));
    for (const p of ['a', 'b', 'c']) { await writer.add(`${p}.html`, page(p, p)); await tick(); }
    expect(events).toEqual(['start 1', 'write 1', 'start 2', 'write 2']); // part 3 waits: parts 1 and 2 are in memory
    writesToFinish.shift()!();
    await tick(); await tick();
    expect(events.slice(4)).toEqual(['written 1', 'start 3', 'write 3']);
    const finished = writer.finish();
    writesToFinish.splice(0).forEach((finish) => finish());
    expect(await finished).toEqual({ pages: 3, parts: 3 });
  });

  it('stops every part still open when a page cannot be indexed, so the build can exit with the error', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const closed: number[] = [];
    let started = 0;
    const fakePart = async (): Promise<SearchPart> => {
      const n = ++started;
      return {
        add: async (path) => { if (path === 'bad.html') throw new Error('Pagefind could not index bad.html'); },
        write: () => new Promise<void>(() => undefined), // still writing when the build fails
        close: async () => { closed.push(n); },
      };
    };
    const writer = createSearchIndexWriter(out, {}, 2, undefined, fakePart);
    for (const p of ['a.html', 'b.html', 'c.html', 'bad.html']) await writer.add(p, page(p, p));
    await expect(writer.finish()).rejects.toThrow('Pagefind could not index bad.html');
    expect(closed.sort()).toEqual([1, 2]);
  });

  it('fails with Pagefind’s own message, naming the page, when a real Pagefind part cannot index it', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const writer = createSearchIndexWriter(out, {}, 10);
    await writer.add(undefined as unknown as string, page('No path', 'nowhere'));
    await expect(writer.finish()).rejects.toThrow(/Pagefind could not index/);
  });

  it('writes an empty index when no page has a searchable part, so search still loads', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    expect(await createSearchIndexWriter(out, {}, 2).finish()).toEqual({ pages: 0, parts: 1 });
    expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('refuses a page handed to it after it was finished, naming the page, instead of dropping it', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-writer-'));
    const writer = createSearchIndexWriter(out, {}, 10);
    writer.add('a.html', page('Alpha', 'retries'));
    const finished = writer.finish();
    await expect(writer.add('late.html', page('Late', 'lag'))).rejects.toThrow('the search index was already finished when late.html was added');
    expect(await finished).toEqual({ pages: 1, parts: 1 });
  });
});
