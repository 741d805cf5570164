import { htmlReferences } from './html-references.ts';
import { collectModules, resolveUrl } from './module-graph.ts';
import { firstSearchFiles, isSearchCode } from './search-weight.ts';
import { compressedSize, type SiteFiles } from './site-files.ts';

/** One file fetched for a page, with its size on the wire. */
export interface Resource {
  url: string;
  kind: 'html' | 'css' | 'js' | 'image' | 'search';
  bytes: number;
  compressed: number;
}

/** Compressed bytes a page costs, by kind. All sizes are gzip bytes. */
export interface PageWeight {
  url: string;
  html: number;
  /** Linked stylesheets and inline `<style>` text. */
  css: number;
  /** Every module reached by static imports, classic scripts and inline script text: what runs without a click. */
  js: number;
  /** Pagefind code or styles among the files loaded with the page (the budget is 0). */
  searchBeforeUse: number;
  /** What the first search fetches (code and Pagefind's fixed files); undefined when the page has no search. */
  firstSearch: { bytes: number; requests: number } | undefined;
  /** A whole first visit: HTML, linked CSS, external JS and images (inline code is already in the HTML). */
  total: number;
  resources: Resource[];
  /** References to files the build does not have. */
  missing: string[];
}

const sum = (rs: Resource[]) => rs.reduce((n, r) => n + r.compressed, 0);

function resource(files: SiteFiles, url: string, kind: Resource['kind']): Resource | undefined {
  const bytes = files.read(url);
  return bytes && { url, kind, bytes: bytes.length, compressed: compressedSize(bytes) };
}

/**
 * What inline code adds to the compressed page: the gzip size of the HTML minus that of the HTML without it.
 * Inline code travels inside the page's gzip stream, so this is its real cost on the wire.
 */
export function inlineCost(html: string, texts: string[]): number {
  const without = texts.reduce((page, text) => page.replace(text, ''), html);
  return without === html ? 0 : compressedSize(html) - compressedSize(without);
}

/** Weighs one built page (`pageUrl` such as `/concepts/course/`) and everything it loads without user action. */
export function pageWeight(files: SiteFiles, pageUrl: string): PageWeight {
  const html = files.read(pageUrl);
  if (!html) throw new Error(`${pageUrl} is not in the build`);
  const refs = htmlReferences(html.toString('utf8'));
  const resolve = (list: string[]) => list.map((r) => resolveUrl(r, pageUrl, false)).filter((u): u is string => u !== undefined);
  const inlineModules = refs.inlineScripts.filter((s) => s.module).map((s) => s.text);
  const graph = collectModules(files, resolve([...refs.modules, ...refs.classicScripts]), inlineModules, pageUrl);
  const fetched = [
    ...resolve(refs.stylesheets).map((u) => [u, 'css'] as const),
    ...graph.loaded.map((u) => [u, 'js'] as const),
    ...resolve(refs.images).map((u) => [u, 'image'] as const),
  ];
  const missing = [...graph.missing, ...fetched.filter(([u]) => !files.read(u)).map(([u]) => u)];
  const resources = [{ url: pageUrl, kind: 'html' as const, bytes: html.length, compressed: compressedSize(html) },
    ...fetched.map(([u, kind]) => resource(files, u, kind)).filter((r): r is Resource => r !== undefined)];
  const search = resources.filter((r) => r.kind !== 'html' && isSearchCode(r.url, files.read(r.url)!.toString('utf8')));
  const lazy = firstSearchFiles(files, { loaded: graph.loaded, lazy: graph.lazy, lang: refs.lang });
  const lazyResources = (lazy ?? []).map((u) => resource(files, u, 'search')!);
  const inlineSize = (texts: string[]) => inlineCost(html.toString('utf8'), texts);
  return {
    url: pageUrl,
    html: resources[0]!.compressed,
    css: sum(resources.filter((r) => r.kind === 'css')) + inlineSize(refs.inlineStyles),
    js: sum(resources.filter((r) => r.kind === 'js')) + inlineSize(refs.inlineScripts.map((s) => s.text)),
    searchBeforeUse: sum(search),
    firstSearch: lazy && { bytes: sum(lazyResources), requests: lazyResources.length },
    total: sum(resources),
    resources: [...resources, ...lazyResources],
    missing: [...new Set(missing)],
  };
}
