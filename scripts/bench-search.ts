/**
 * npm run bench:search [-- dist-folder]: bytes transferred and requests for a first search and for a
 * following one (across every part of the index), using Pagefind's JS API in Chromium on a gzip-serving local host. Without a folder it
 * uses the newest kept 10,000-section build of bench:build, or builds one (several minutes).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { buildSyntheticSite } from './perf/bench-site.ts';
import { pagesByType } from './perf/budgets.ts';
import { serveSite } from './perf/serve-site.ts';
import { SEARCH_PARTS_FILE } from '../src/lib/search-parts.ts';

/** A first query, then one that shares no words with it. Five results are opened, as a results list shows. */
const QUERIES = ['timeout', 'leader election'];
const RESULTS_SHOWN = 5;

/** The newest kept 10,000-section build with a search index, if any. */
function keptBuild(): string | undefined {
  return readdirSync(tmpdir()).filter((d) => d.startsWith('bench-build-10000-'))
    .map((d) => join(tmpdir(), d, 'dist')).filter((d) => existsSync(join(d, 'pagefind', 'pagefind-entry.json')))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** Bytes a response took on the wire; a worker script's body size is not reported, so its Content-Length stands in. */
async function transferred(request: Request): Promise<{ url: string; bytes: number }> {
  const sizes = await request.sizes();
  const length = Number((await request.response())?.headers()['content-length'] ?? 0);
  return { url: request.url(), bytes: sizes.responseHeadersSize + Math.max(sizes.responseBodySize, length) };
}

/** Counts requests and transferred bytes (headers and encoded bodies) while `action` runs. */
async function measure(context: BrowserContext, action: () => Promise<unknown>) {
  const pending: Promise<{ url: string; bytes: number }>[] = [];
  const listener = (request: Request) => pending.push(transferred(request));
  context.on('requestfinished', listener);
  const started = performance.now();
  const value = await action();
  const ms = performance.now() - started;
  context.off('requestfinished', listener);
  const requests = await Promise.all(pending);
  return { value, ms, requests, bytes: requests.reduce((n, r) => n + r.bytes, 0) };
}

/**
 * Runs one query through Pagefind's JS API in the page and loads the first results' data. Like the site's
 * loader (src/scripts/pagefind-loader.ts), the first query also fetches the list of parts and merges them.
 */
function search(page: Page, query: string) {
  return page.evaluate(async ({ query, shown, partsFile }) => {
    type Pagefind = { init(): Promise<void>; mergeIndex(url: string): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    const w = window as unknown as { pagefind?: Pagefind };
    if (!w.pagefind) {
      const [pagefind, parts] = await Promise.all([
        import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>,
        fetch(`/pagefind/${partsFile}`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])),
      ]);
      for (const part of parts) await pagefind.mergeIndex(`/pagefind/${part}`);
      w.pagefind = pagefind;
    }
    await w.pagefind.init();
    const found = await w.pagefind.search(query);
    const data = await Promise.all(found.results.slice(0, shown).map((r) => r.data()));
    return { results: found.results.length, first: data[0]?.url };
  }, { query, shown: RESULTS_SHOWN, partsFile: SEARCH_PARTS_FILE });
}

const dist = resolve(process.argv[2] ?? keptBuild() ?? buildSyntheticSite(10000).out);
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`${dist} has no Pagefind index: run \`npm run bench:build\` or pass a built folder.`);
const sections = pagesByType(readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))).get('section') ?? [];
const server = await serveSite(dist);
const browser = await launchBrowser();
try {
  // The service worker would precache the site in the background and mix its requests into the counts.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const load = await measure(context, () => page.goto(server.url + (sections[0] ?? '/'), { waitUntil: 'networkidle' }));
  const early = load.requests.filter((r) => r.url.includes('/pagefind/'));
  console.log(`Search on ${dist} (${sections.length.toLocaleString('en')} section pages), gzip, ${RESULTS_SHOWN} results opened per query\n`);
  console.log(`page load: ${load.requests.length} requests, ${load.bytes.toLocaleString('en')} bytes; Pagefind files among them: ${early.length}`);
  for (const [i, query] of QUERIES.entries()) {
    const run = await measure(context, () => search(page, query));
    const { results } = run.value as { results: number };
    console.log(`${i === 0 ? 'first' : 'next '} "${query}": ${run.requests.length} requests, ${run.bytes.toLocaleString('en')} bytes, ${results} results, ${Math.round(run.ms)} ms`);
    for (const r of run.requests) console.log(`    ${String(r.bytes).padStart(8)}  ${r.url.replace(server.url, '')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
