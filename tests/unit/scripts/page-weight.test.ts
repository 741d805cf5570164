import { beforeAll, describe, expect, it } from 'vitest';
import { initModuleLexer } from '../../../scripts/perf/module-graph';
import { inlineCost, pageWeight } from '../../../scripts/perf/page-weight';
import { compressedSize, memoryFiles } from '../../../scripts/perf/site-files';

beforeAll(() => initModuleLexer());

const PAGEFIND = {
  '/pagefind/pagefind.js': 'const magic = "pagefind_dcd"; export const search = () => fetch("index");'.repeat(20),
  '/pagefind/pagefind-worker.js': 'onmessage = () => "pagefind_dcd";',
  '/pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_123', wasm: 'en', page_count: 3 } } }),
  '/pagefind/pagefind.en_123.pf_meta': 'meta-bytes',
  '/pagefind/wasm.en.pagefind': 'wasm-bytes',
  '/pagefind/wasm.unknown.pagefind': 'unused wasm',
  '/pagefind/pagefind-ui.js': 'const ui = "pagefind-ui__result";',
  '/pagefind/pagefind-ui.css': '.pagefind-ui__result{color:red}',
};
const CODE = {
  '/_astro/island.js': 'import { h } from "./runtime.js"; export default () => h("p");',
  '/_astro/renderer.js': 'import { h } from "./runtime.js"; export default () => h;',
  '/_astro/runtime.js': 'export const h = (t) => t; '.repeat(30),
  '/_astro/header.js': 'import "./runtime.js"; button.onclick = () => import("./search-dialog.js");',
  '/_astro/search-dialog.js': 'import "./dialog-dep.js"; export const open = () => import("/pagefind/pagefind.js");',
  '/_astro/dialog-dep.js': 'export const x = 1;',
  '/_astro/site.css': 'body{margin:0}'.repeat(10),
  '/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};
const INLINE = 'document.documentElement.classList.add("js");';
const html = (extra = '') => `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/icon.svg">
  <script>${INLINE}</script>${extra}</head><body><astro-island component-url="/_astro/island.js" renderer-url="/_astro/renderer.js"></astro-island>
  <script type="module" src="/_astro/header.js"></script><p>${'Reading text. '.repeat(50)}</p></body></html>`;
const size = (files: Record<string, string>, ...urls: string[]) => urls.reduce((n, u) => n + compressedSize(files[u]!), 0);

describe('pageWeight', () => {
  const files = { ...PAGEFIND, ...CODE, '/page/': html() };
  const weight = pageWeight(memoryFiles(files), '/page/');

  it('counts every module reached by static imports from scripts and islands, plus inline script', () => {
    const external = size(files, '/_astro/island.js', '/_astro/renderer.js', '/_astro/runtime.js', '/_astro/header.js');
    expect(weight.js).toBe(external + inlineCost(files['/page/'], [INLINE]));
    expect(weight.resources.filter((r) => r.kind === 'js').map((r) => r.url)).not.toContain('/_astro/search-dialog.js');
  });

  it('counts HTML and CSS, and a whole visit without counting inline code twice', () => {
    expect(weight.html).toBe(compressedSize(files['/page/']));
    expect(weight.css).toBe(size(files, '/_astro/site.css'));
    const external = size(files, '/_astro/island.js', '/_astro/renderer.js', '/_astro/runtime.js', '/_astro/header.js');
    expect(weight.total).toBe(weight.html + weight.css + external + size(files, '/icon.svg'));
  });

  it('finds no search code before first use, and weighs what the first search fetches', () => {
    expect(weight.searchBeforeUse).toBe(0);
    const first = ['/_astro/search-dialog.js', '/_astro/dialog-dep.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js', '/pagefind/pagefind.en_123.pf_meta', '/pagefind/wasm.en.pagefind'];
    expect(weight.resources.filter((r) => r.kind === 'search').map((r) => r.url).sort()).toEqual([...first].sort());
    expect(weight.firstSearch).toEqual({ bytes: size(files, ...first), requests: first.length });
  });

  it("adds the list of parts, and each further part's entry and metadata (they share the first part's wasm and worker)", () => {
    const split = {
      ...files,
      '/pagefind/parts.json': '["part-2/"]',
      '/pagefind/part-2/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_456', wasm: 'en', page_count: 2 } } }),
      '/pagefind/part-2/pagefind.en_456.pf_meta': 'more meta bytes',
      '/pagefind/part-2/pagefind-worker.js': 'onmessage = () => "pagefind_dcd";',
      '/pagefind/part-2/wasm.en.pagefind': 'wasm-bytes',
    };
    const searched = pageWeight(memoryFiles(split), '/page/').resources.filter((r) => r.kind === 'search').map((r) => r.url);
    expect(searched).toEqual(expect.arrayContaining(['/pagefind/parts.json', '/pagefind/part-2/pagefind-entry.json', '/pagefind/part-2/pagefind.en_456.pf_meta']));
    expect(searched).not.toContain('/pagefind/part-2/wasm.en.pagefind');
    expect(searched).not.toContain('/pagefind/part-2/pagefind-worker.js');
  });

  it('flags Pagefind files loaded with the page', () => {
    const eager = { ...files, '/page/': html('<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script type="module" src="/pagefind/pagefind-ui.js"></script>') };
    expect(pageWeight(memoryFiles(eager), '/page/').searchBeforeUse).toBe(size(eager, '/pagefind/pagefind-ui.css', '/pagefind/pagefind-ui.js'));
  });

  it('follows a search import built from a variable base path', () => {
    const computed = { ...files, '/_astro/search-dialog.js': 'export const open = (base) => import(base + "pagefind/pagefind.js");' };
    const w = pageWeight(memoryFiles(computed), '/page/');
    expect(w.resources.filter((r) => r.kind === 'search').map((r) => r.url)).toContain('/pagefind/pagefind.js');
  });

  it('reports no first search when nothing on the page leads to Pagefind, and lists missing files', () => {
    const { ['/_astro/search-dialog.js']: _, ...noSearch } = { ...files, '/_astro/header.js': 'import "./gone.js";' };
    const w = pageWeight(memoryFiles(noSearch), '/page/');
    expect(w.firstSearch).toBeUndefined();
    expect(w.missing).toEqual(['/_astro/gone.js']);
  });
});

describe('inlineCost', () => {
  it('is what the inline text adds to the compressed page, and 0 when the text is not there', () => {
    const page = `<p>${'text '.repeat(100)}</p><script>${'let a = Math.random();'.repeat(5)}</script>`;
    expect(inlineCost(page, ['let a = Math.random();'.repeat(5)])).toBeGreaterThan(0);
    expect(inlineCost(page, ['not on the page'])).toBe(0);
  });
});
