import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer, PathWithRoute } from 'astro';
import { outputFileOf } from '../lib/output-file';
import type { BuildFormat } from '../lib/deploy-shape';
import { SEARCH_BUNDLE_DIR } from '../lib/search-parts';
import { SEARCHABLE } from '../lib/search-document';
import { SEARCH_PART_PAGES, createSearchIndexWriter, type SearchIndexWriter } from './search-index-writer';

/**
 * Characters kept inside words when indexing and searching, so identifiers such as `max_retries`,
 * `AbortSignal.timeout` or `err.name` are found as written, not only as their parts.
 */
export const SEARCH_WORD_CHARACTERS = '_.';

/**
 * What is left out of the index: quick-check answers and explanations (anywhere they appear), and
 * page furniture that would match every query (breadcrumbs, tab strips, copy buttons, the pager,
 * progress messages). The quiz part of a section is also marked `data-pagefind-ignore` in its page.
 */
export const SEARCH_EXCLUDED = ['.qc', '.qc-answer', '.breadcrumbs', '.eyebrow', '.part-tablist', '.code-tablist', '.copy-button', '.pager', '.section-status'];

type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;
const MARKER = Buffer.from(SEARCHABLE);

/**
 * A rendered HTML page's bytes, and the page again with a body Astro can still read and write: the body is read once,
 * as bytes, instead of cloned (cloning tees the body's stream, which cost more than a section page's own render). The
 * new response holds a copy of them (the Fetch standard copies a buffer given as a body), so they can be handed on.
 */
async function readPage(rendered: Rendered): Promise<{ page: Rendered; bytes?: Uint8Array }> {
  const response = rendered instanceof Response ? rendered : rendered.response;
  if (!response.ok || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return { page: rendered };
  const bytes = new Uint8Array(await response.arrayBuffer());
  const again = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  return { page: rendered instanceof Response ? again : { ...rendered, response: again }, bytes };
}

/**
 * Whether a page is indexed: only pages that mark a searchable part are (section pages). Found in the bytes, without
 * decoding the page: the part's own thread decodes it and cuts the part out (search-part-worker.mjs), off the thread
 * that renders every page.
 */
const isSearchable = (bytes: Uint8Array | undefined): bytes is Uint8Array =>
  bytes !== undefined && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(MARKER) !== -1;

/** Which pages are indexed, and what to do once the last of them is handed to Pagefind. */
export interface IndexedRoutes {
  /** Route patterns (`/concepts/[course]/[section]`) whose pages are indexed; no other page is read for search. */
  routes: readonly string[];
  /** Called once every page of those routes has been rendered (or failed), while other pages may still render. */
  onLastPage(): void;
}

/**
 * The paths to build with the indexed routes' pages first, in their own order, and how many indexed pages Astro will
 * build. A pathname claimed twice stays where it was: Astro builds the first claim (counted when it is an indexed
 * route's) and warns about the other.
 */
export function indexedFirst(paths: PathWithRoute[], routes: readonly string[]): { paths: PathWithRoute[]; indexed: number } {
  const key = (p: PathWithRoute) => p.pathname.replace(/\/+$/, '');
  const claims = new Map<string, number>();
  for (const p of paths) claims.set(key(p), (claims.get(key(p)) ?? 0) + 1);
  const seen = new Set<string>();
  const built = paths.filter((p) => !seen.has(key(p)) && seen.add(key(p)));
  const isIndexed = (p: PathWithRoute) => routes.includes(p.route.route);
  const moves = (p: PathWithRoute) => isIndexed(p) && claims.get(key(p)) === 1;
  return { paths: [...paths.filter(moves), ...paths.filter((p) => !moves(p))], indexed: built.filter(isIndexed).length };
}

/**
 * Wraps Astro's page renderer so each page that has a searchable part goes to Pagefind as soon as it is
 * rendered: Pagefind indexes in its own process, on another core, while Astro renders the next pages,
 * instead of reading every page back from disk after the build. Astro renders several pages at a time
 * (`build.concurrency`), so they can finish out of order; each is handed to Pagefind in the order its
 * rendering began, because the index's files depend on the order pages are added, and the same site
 * must give the same index (and the same file names for browsers and CDNs to cache) on every build.
 *
 * With `indexed`, only those routes' pages are read, and they are built first: the last part of the index is
 * written (`onLastPage`) while Astro builds the rest of the site (print, course and other pages), instead of after it.
 */
export function indexingPrerenderer(inner: AstroPrerenderer, writer: () => SearchIndexWriter, base: string, format: BuildFormat, indexed?: IndexedRoutes): AstroPrerenderer {
  let previous: Promise<unknown> = Promise.resolve();
  let left: number | undefined; // indexed pages not rendered yet, once the paths are known
  const settled = () => {
    if (left !== undefined && --left === 0) indexed!.onLastPage();
  };
  return {
    ...inner,
    name: `${inner.name}+search-index`,
    async getStaticPaths() {
      const found = await inner.getStaticPaths();
      if (!indexed) return found;
      const { paths, indexed: count } = indexedFirst(Array.isArray(found) ? found : found.paths, indexed.routes);
      left = count;
      if (count === 0) indexed.onLastPage();
      return Array.isArray(found) ? paths : { ...found, paths };
    },
    async render(request, options) {
      if (indexed && !indexed.routes.includes(options.routeData.route)) return inner.render(request, options);
      const turn = previous;
      let done!: () => void;
      previous = new Promise<void>((resolve) => { done = resolve; });
      try {
        const { page, bytes } = await readPage(await inner.render(request, options));
        await turn;
        if (isSearchable(bytes)) await writer().add(outputFileOf(new URL(request.url).pathname, base, format), bytes);
        return page;
      } finally {
        // A page that failed still waits its turn, so it cannot let later pages overtake (or the index finish early).
        void turn.then(() => { done(); settled(); });
      }
    },
  };
}

/** The search index integration, and when this build's index is on disk (for the service worker, which precaches it). */
export type SearchIndexIntegration = AstroIntegration & { written(): Promise<void> };

/**
 * Astro integration: every `astro build` writes the Pagefind index of the section pages it renders.
 * `partPages` caps the pages per part of the index (tests set it low to split a small site). `routes` names the routes
 * whose pages are indexed (by default every page that marks a searchable part): their pages are built first, and the
 * last part is written from the moment the last of them is rendered, while Astro builds the other pages. Either way
 * integrations that run after the pages (the sitemap, the service worker's hashing of every other file) work while
 * Pagefind writes in its own process.
 */
export function searchIndex({ partPages = SEARCH_PART_PAGES, routes }: { partPages?: number; routes?: readonly string[] } = {}): SearchIndexIntegration {
  if (!Number.isInteger(partPages) || partPages < 1) throw new Error(`searchIndex: partPages must be a whole number from 1 up, not ${partPages}`);
  let writer: SearchIndexWriter | undefined;
  let finishing: Promise<{ pages: number; parts: number }> | undefined;
  let outDir = '';
  let base = '/';
  let format: BuildFormat = 'directory';
  const start = () => (writer ??= createSearchIndexWriter(outDir, { includeCharacters: SEARCH_WORD_CHARACTERS, excludeSelectors: SEARCH_EXCLUDED }, partPages));
  const finish = () => {
    if (!finishing) {
      finishing = start().finish();
      finishing.catch(() => undefined); // reported where it is awaited (build:done), not as an unhandled rejection
    }
    return finishing;
  };
  return {
    name: 'site-search-index',
    written: async () => { await finish(); },
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        format = config.build.format === 'file' ? 'file' : 'directory';
      },
      'astro:build:start': ({ setPrerenderer }) => {
        writer = undefined;
        finishing = undefined;
        const indexed = routes && { routes, onLastPage: () => void finish() };
        setPrerenderer((inner) => indexingPrerenderer(inner, start, base, format, indexed));
      },
      'astro:build:generated': () => { void finish(); },
      'astro:build:done': async ({ logger }) => {
        const { pages, parts } = await finish();
        const split = parts > 1 ? ` in ${parts} parts` : '';
        logger.info(`Pagefind indexed ${pages} pages${split} while they were built, and wrote the index of their ${SEARCHABLE} parts to ${SEARCH_BUNDLE_DIR}/`);
      },
    },
  };
}
