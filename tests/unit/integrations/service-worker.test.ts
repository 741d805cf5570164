import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from '../../../src/integrations/service-worker';
import { offlineFallback, precacheUrls } from '../../helpers/service-worker-file';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SITE = ['index.html', 'offline/index.html', 'concepts/c/s/index.html', '_astro/page.AbC123.js', '_astro/site.XyZ789.css'];
const SEARCH = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/fragment/en_5e6f.pf_fragment', 'pagefind/parts.json'];

const write = (dir: string, files: string[]) => files.forEach((f) => { mkdirSync(dirname(join(dir, f)), { recursive: true }); writeFileSync(join(dir, f), f); });
const precached = (dir: string) => precacheUrls(readFileSync(join(dir, 'sw.js'), 'utf8')).sort();

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeServiceWorker alongside the search index', () => {
  it('hashes the site while the index is written, waits for it, and precaches the index files written meanwhile', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sw-alongside-'));
    write(dir, SITE);
    let finishIndex!: () => void;
    const written = new Promise<void>((resolve) => { finishIndex = () => { write(dir, SEARCH); resolve(); }; });
    const result = writeServiceWorker(dir, 'directory', { root: ROOT, written });
    // Long enough to list the site and bundle a worker: none is written while the index is still being written.
    await new Promise((r) => setTimeout(r, 3000));
    expect(existsSync(join(dir, 'sw.js'))).toBe(false);
    finishIndex(); // Pagefind's last files land after the site was listed
    const { count } = await result;
    expect(precached(dir)).toEqual([...SITE, ...SEARCH].sort());
    expect(count).toBe(SITE.length + SEARCH.length);
  }, 15_000);

  it('still lists the site when its worker thread cannot start, and fails when the search index does', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sw-alongside-'));
    write(dir, [...SITE, ...SEARCH]);
    const { warnings } = await writeServiceWorker(dir, 'directory', { root: join(dir, 'not-a-project'), written: Promise.resolve() });
    expect(precached(dir)).toEqual([...SITE, ...SEARCH].sort());
    expect(warnings).toEqual([expect.stringContaining('listed on the main thread')]);
    await expect(writeServiceWorker(dir, 'directory', { root: ROOT, written: Promise.reject(new Error('Pagefind could not write its files')) }))
      .rejects.toThrow('Pagefind could not write its files');
  });
});

describe('the written service worker', () => {
  it('is one classic script that waits for the learner, falls back to the build format\'s offline page, and lists every file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sw-written-'));
    write(dir, [...SITE.map((f) => f.replace('offline/index.html', 'offline.html')), ...SEARCH]);
    await writeServiceWorker(dir, 'file');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/^\s*(import|export)\b|__WB_MANIFEST|__OFFLINE_PAGE__|process\.env/m); // a classic worker, all filled in
    expect(sw).toMatch(/type\s*===\s*[`"']SKIP_WAITING[`"']/);
    expect(offlineFallback(sw)).toBe('offline.html');
    expect(precached(dir)).toEqual([...SITE.map((f) => f.replace('offline/index.html', 'offline.html')), ...SEARCH].sort());
  });
});
