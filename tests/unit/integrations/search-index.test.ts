import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexedFirst, indexingPrerenderer, searchIndex } from '../../../src/integrations/search-index';
import type { SearchIndexWriter } from '../../../src/integrations/search-index-writer';

const SECTION = '<html lang="en"><body><header>Menu</header><article data-pagefind-body><h1>Timeouts</h1></article><footer>About</footer></body></html>';
const responses: Record<string, () => Response> = {
  '/learn/concepts/c/s.html': () => new Response(SECTION, { headers: { 'content-type': 'text/html' } }),
  '/learn/concepts/c.html': () => new Response('<html><body><h1>Course</h1></body></html>', { headers: { 'content-type': 'text/html' } }),
  '/learn/sitemap.xml': () => new Response('<urlset data-pagefind-body/>', { headers: { 'content-type': 'application/xml' } }),
  '/learn/gone.html': () => new Response(SECTION, { status: 404, headers: { 'content-type': 'text/html' } }),
};

function setUp(asResult: boolean) {
  const added: [string, string][] = [];
  const writer: SearchIndexWriter = { add: async (path, page) => void added.push([path, new TextDecoder().decode(page)]), finish: async () => ({ pages: 0, parts: 0 }) };
  const inner: AstroPrerenderer = {
    name: 'default',
    getStaticPaths: async () => [],
    render: async (request) => {
      const response = responses[new URL(request.url).pathname]!();
      return asResult ? { response, metadata: { contentEntryKeys: [], staticImages: [] } } : response;
    },
  };
  return { added, prerenderer: indexingPrerenderer(inner, () => writer, '/learn/', 'file') };
}

const render = (p: AstroPrerenderer, path: string) => p.render(new Request(`https://example.org${path}`), { routeData: {} as never });

describe('indexingPrerenderer', () => {
  it.each([true, false])('hands Astro the page untouched and Pagefind the HTML pages that have a searchable part (result object: %s)', async (asResult) => {
    const { added, prerenderer } = setUp(asResult);
    for (const path of Object.keys(responses)) {
      const rendered = await render(prerenderer, path);
      const response = rendered instanceof Response ? rendered : rendered.response;
      expect(await response.text(), path).toBe(await responses[path]!().text()); // the body is still there for Astro to write
    }
    expect(added).toEqual([['concepts/c/s.html', SECTION]]); // the part's thread cuts out the searchable part
  });

  it('leaves Astro a whole page after the bytes handed to Pagefind are moved to another thread', async () => {
    const port = new MessageChannel().port1;
    const moved: number[] = [];
    const writer: SearchIndexWriter = {
      add: async (_path, page) => { port.postMessage(page, [page.buffer as ArrayBuffer]); moved.push(page.byteLength); },
      finish: async () => ({ pages: 0, parts: 0 }),
    };
    const inner: AstroPrerenderer = { name: 'default', getStaticPaths: async () => [], render: async () => new Response(SECTION, { headers: { 'content-type': 'text/html' } }) };
    const rendered = await render(indexingPrerenderer(inner, () => writer, '/', 'file'), '/s.html');
    port.close();
    expect(moved).toEqual([0]); // detached: the bytes are gone from this thread
    expect(await (rendered as Response).text()).toBe(SECTION);
  });

  it('hands pages to Pagefind in the order their rendering began, however they finish, so every build gives the same index', async () => {
    const added: string[] = [];
    const writer: SearchIndexWriter = { add: async (path) => void added.push(path), finish: async () => ({ pages: 0, parts: 0 }) };
    const delays: Record<string, number> = { '/s1.html': 30, '/s2.html': 0, '/s3.html': 15, '/s4.html': 5 };
    const inner: AstroPrerenderer = {
      name: 'default',
      getStaticPaths: async () => [],
      render: async (request) => {
        const path = new URL(request.url).pathname;
        if (path === '/s3.html') throw new Error('s3 failed to render');
        await new Promise((resolve) => setTimeout(resolve, delays[path]));
        return new Response(SECTION, { headers: { 'content-type': 'text/html' } });
      },
    };
    const prerenderer = indexingPrerenderer(inner, () => writer, '/', 'file');
    const results = await Promise.allSettled(Object.keys(delays).map((path) => render(prerenderer, path)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(added).toEqual(['s1.html', 's2.html', 's4.html']); // a page that failed does not hold up the ones after it
  });

  it('keeps the wrapped prerenderer and names itself after it', () => {
    expect(setUp(true).prerenderer.name).toBe('default+search-index');
  });
});

describe('searchIndex integration', () => {
  it('writes the index from the moment the pages are generated, and says when it is on disk', async () => {
    const out = mkdtempSync(join(tmpdir(), 'search-integration-'));
    try {
      const search = searchIndex();
      const hooks = search.hooks as Record<string, (options: unknown) => unknown>;
      const logged: string[] = [];
      hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`), base: '/', build: { format: 'directory' } } });
      let wrap: ((inner: AstroPrerenderer) => AstroPrerenderer) | undefined;
      hooks['astro:build:start']!({ setPrerenderer: (w: typeof wrap) => { wrap = w; } });
      const prerenderer = wrap!({ name: 'default', getStaticPaths: async () => [], render: async () => new Response(SECTION, { headers: { 'content-type': 'text/html' } }) });
      await render(prerenderer, '/concepts/c/s/');
      hooks['astro:build:generated']!({});
      // The index is written without anyone asking for it yet (the service worker asks later, in build:done).
      const entry = join(out, 'pagefind', 'pagefind-entry.json');
      for (let waited = 0; !existsSync(entry) && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(entry)).toBe(true);
      await search.written(); // what the service worker waits for before it lists the index
      expect(existsSync(join(out, 'pagefind', 'parts.json'))).toBe(true);
      await hooks['astro:build:done']!({ logger: { info: (m: string) => logged.push(m) } });
      expect(logged).toEqual([expect.stringContaining('Pagefind indexed 1 pages')]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('indexed routes first', () => {
  const SECTION_ROUTE = '/concepts/[course]/[section]';
  const path = (pathname: string, route: string) => ({ pathname, route: { route } as never });
  const html = () => new Response(SECTION, { headers: { 'content-type': 'text/html' } });

  it('moves the indexed routes\' pages to the front in their own order, and counts them', () => {
    const paths = [path('/c/print/', '/concepts/[course]/print'), path('/c/a/', SECTION_ROUTE), path('/', '/'), path('/c/b/', SECTION_ROUTE)];
    const { paths: ordered, indexed } = indexedFirst(paths, [SECTION_ROUTE]);
    expect(ordered.map((p) => p.pathname)).toEqual(['/c/a/', '/c/b/', '/c/print/', '/']);
    expect(indexed).toBe(2);
  });

  it('leaves a pathname two routes claim where it was, so Astro still builds the first claim, and counts only pages it builds', () => {
    const paths = [path('/c/print/', '/concepts/[course]/print'), path('/c/print', SECTION_ROUTE), path('/c/a/', SECTION_ROUTE)];
    const { paths: ordered, indexed } = indexedFirst(paths, [SECTION_ROUTE]);
    expect(ordered.map((p) => p.pathname)).toEqual(['/c/a/', '/c/print/', '/c/print']);
    expect(indexed).toBe(1); // the second claim of /c/print is never built
    // A section page that claims a path first is built where it stands, and the index waits for it.
    const first = indexedFirst([path('/c/x', SECTION_ROUTE), path('/c/y/', '/concepts/[course]/print'), path('/c/x/', '/concepts/[course]/print')], [SECTION_ROUTE]);
    expect(first.paths.map((p) => p.pathname)).toEqual(['/c/x', '/c/y/', '/c/x/']);
    expect(first.indexed).toBe(1);
  });

  it('says when the last indexed page is rendered, before the other pages, and never reads the other pages', async () => {
    const added: string[] = [];
    const events: string[] = [];
    const writer: SearchIndexWriter = { add: async (p) => void added.push(p), finish: async () => ({ pages: 0, parts: 0 }) };
    const paths = [path('/c/print/', '/concepts/[course]/print'), path('/c/a/', SECTION_ROUTE), path('/c/b/', SECTION_ROUTE)];
    const inner: AstroPrerenderer = {
      name: 'default',
      getStaticPaths: async () => ({ paths }),
      render: async (request) => {
        events.push(`render ${new URL(request.url).pathname}`);
        if (request.url.endsWith('/c/b/')) throw new Error('b failed to render'); // a failed page still counts as done
        return html();
      },
    };
    const prerenderer = indexingPrerenderer(inner, () => writer, '/', 'directory', { routes: [SECTION_ROUTE], onLastPage: () => events.push('last page') });
    const found = await prerenderer.getStaticPaths();
    const ordered = Array.isArray(found) ? found : found.paths;
    for (const { pathname, route } of ordered) {
      await prerenderer.render(new Request(`https://example.org${pathname}`), { routeData: route }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(events).toEqual(['render /c/a/', 'render /c/b/', 'last page', 'render /c/print/']);
    expect(added).toEqual(['c/a/index.html']); // the print page has the same markup, but its route is not indexed
  });

  it('says so at once when the site has no indexed page', async () => {
    let told = 0;
    const inner: AstroPrerenderer = { name: 'default', getStaticPaths: async () => [path('/', '/')], render: async () => html() };
    const writer: SearchIndexWriter = { add: async () => undefined, finish: async () => ({ pages: 0, parts: 0 }) };
    await indexingPrerenderer(inner, () => writer, '/', 'directory', { routes: [SECTION_ROUTE], onLastPage: () => void told++ }).getStaticPaths();
    expect(told).toBe(1);
  });
});
