import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BATCH_PAGES, startSearchPart } from '../../../src/integrations/search-part';
import { fragmentsOf } from '../../helpers/search-fragments';

const page = (n: number) => new TextEncoder().encode(`<html lang="en"><body><nav>Menu</nav><main data-pagefind-body><h1>Page ${n}</h1><p>Word${n} appears here.</p></main></body></html>`);

let out: string;
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Every file of a written part with its bytes, to compare two parts. */
const filesOf = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile()).map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name)).toString('base64')]));

async function writePart(folder: string, pages: number, firstBad?: number): Promise<Array<'ok' | string>> {
  const part = await startSearchPart({});
  const results = Array.from({ length: pages }, (_, i) => part.add(i === firstBad ? (undefined as unknown as string) : `p${i}/index.html`, page(i))
    .then(() => 'ok' as const, (error: Error) => error.message));
  const settled = await Promise.all(results);
  if (firstBad === undefined) await part.write(folder);
  else await part.close();
  return settled;
}

describe('a search part (real Pagefind, pages sent in batches)', () => {
  it('settles every page of a batch, full or not, and indexes them all', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-part-'));
    const pages = 2 * BATCH_PAGES + 5; // two full batches and a last one the timer sends
    expect(await writePart(join(out, 'a'), pages)).toEqual(Array(pages).fill('ok'));
    const fragments = fragmentsOf(join(out, 'a'));
    expect(fragments.map((f) => f.url).sort()).toEqual(Array.from({ length: pages }, (_, i) => `/p${i}/`).sort());
    expect(fragments.find((f) => f.url === '/p7/')!.content).toBe('Page 7. Word7 appears here.');
  });

  it('gives the same files for the same pages (batches keep the order pages were added in)', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-part-'));
    await writePart(join(out, 'a'), BATCH_PAGES + 3);
    await writePart(join(out, 'b'), BATCH_PAGES + 3);
    expect(filesOf(join(out, 'b'))).toEqual(filesOf(join(out, 'a')));
  });

  it('fails only the page Pagefind refuses, with its message, and the rest of its batch still settle', async () => {
    out = mkdtempSync(join(tmpdir(), 'search-part-'));
    const results = await writePart(join(out, 'a'), 5, 2);
    expect(results.filter((r) => r === 'ok')).toHaveLength(4);
    expect(results[2]).toMatch(/^Pagefind could not index undefined: /);
  });
});
