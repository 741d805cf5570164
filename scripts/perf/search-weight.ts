import { collectModules } from './module-graph.ts';
import type { SiteFiles } from './site-files.ts';
import { SEARCH_PARTS_FILE, parseSearchParts } from '../../src/lib/search-parts.ts';

/** Where Pagefind writes its bundle, from the site root. */
export const PAGEFIND_DIR = '/pagefind/';
/** Strings found only in Pagefind's own code (its index decoder, its default UI), bundled or not. */
const PAGEFIND_MARKERS = ['pagefind_dcd', 'pagefind-ui__'];
/** A Pagefind script named in a module, also when built into a non-literal `import(base + '...')`. */
const PAGEFIND_SCRIPT = /pagefind\/(pagefind[\w.-]*\.js)/g;

/** True for Pagefind's code or styles: a file of its bundle, or a module that contains its code. */
export function isSearchCode(url: string, text: string): boolean {
  return url.includes(PAGEFIND_DIR) ? /\.(m?js|css)$/.test(url) : PAGEFIND_MARKERS.some((m) => text.includes(m));
}

/** Pagefind scripts a module refers to by path. */
function pagefindScripts(text: string): string[] {
  return [...text.matchAll(PAGEFIND_SCRIPT)].map((m) => `${PAGEFIND_DIR}${m[1]}`);
}

/** Modules fetched when `url` is first imported, if that import leads to Pagefind; otherwise undefined. */
function searchImport(files: SiteFiles, url: string, seen: Set<string>): string[] | undefined {
  if (seen.has(url)) return undefined;
  seen.add(url);
  const graph = collectModules(files, [url]);
  const texts = graph.loaded.map((u) => [u, files.read(u)!.toString('utf8')] as const);
  const nested = [...graph.lazy, ...texts.flatMap(([, t]) => pagefindScripts(t))]
    .flatMap((next) => searchImport(files, next, seen) ?? []);
  const leads = nested.length > 0 || texts.some(([u, t]) => isSearchCode(u, t) || pagefindScripts(t).length > 0);
  return leads ? [...graph.loaded, ...nested] : undefined;
}

/**
 * Files Pagefind's runtime fetches from one bundle folder before its first result: entry and metadata, and from
 * the first part also the wasm and the worker (further parts reuse those, as bench:search shows).
 */
function bundleRuntime(files: SiteFiles, folder: string, lang: string, first: boolean): string[] {
  const entry = files.read(`${folder}pagefind-entry.json`);
  if (!entry) return [];
  const languages: Record<string, { hash: string; wasm?: string; page_count: number }> = JSON.parse(entry.toString('utf8')).languages ?? {};
  const index = languages[lang] ?? languages[lang.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  const runtime = [`${folder}pagefind-entry.json`, ...(index ? [`${folder}pagefind.${index.hash}.pf_meta`] : [])];
  if (first) runtime.push(`${folder}pagefind-worker.js`, ...(index ? [`${folder}wasm.${index.wasm ?? 'unknown'}.pagefind`] : []));
  return runtime;
}

/** What Pagefind fetches before its first result: the list of parts, then each part's fixed files (one part on most sites). */
function pagefindRuntime(files: SiteFiles, lang = 'en'): string[] {
  const list = files.read(`${PAGEFIND_DIR}${SEARCH_PARTS_FILE}`);
  const parts = list ? parseSearchParts(JSON.parse(list.toString('utf8'))) : [];
  const runtime = [`${PAGEFIND_DIR}${SEARCH_PARTS_FILE}`, ...['', ...parts].flatMap((p) => bundleRuntime(files, `${PAGEFIND_DIR}${p}`, lang, p === ''))];
  return runtime.filter((u) => files.read(u));
}

/**
 * What a first search fetches beyond what the page already loaded: the lazily imported search code and
 * Pagefind's fixed files. Index chunks and result fragments depend on the query and are left to bench:search.
 * Undefined when nothing the page loads leads to Pagefind.
 */
export function firstSearchFiles(files: SiteFiles, page: { loaded: string[]; lazy: string[]; lang?: string }): string[] | undefined {
  const onLoad = new Set(page.loaded);
  const seen = new Set(onLoad);
  const starts = [...page.lazy, ...page.loaded.flatMap((u) => pagefindScripts(files.read(u)?.toString('utf8') ?? ''))];
  const fetched = new Set(starts.flatMap((u) => searchImport(files, u, seen) ?? []));
  if (fetched.size === 0) return undefined;
  // Pagefind's UI scripts import pagefind.js by a computed path; the runtime then fetches its own files.
  if ([...fetched].some((u) => u.includes(PAGEFIND_DIR))) {
    fetched.add(`${PAGEFIND_DIR}pagefind.js`);
    pagefindRuntime(files, page.lang).forEach((u) => fetched.add(u));
  }
  return [...fetched].filter((u) => !onLoad.has(u) && files.read(u));
}
