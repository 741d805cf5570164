import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderMarkdownInWorkers } from '../../../src/catalog/parallel-render';
import { RenderPool } from '../../../src/catalog/render-pool';
import { courseMarkdownProcessor } from '../../../src/markdown/processor';
import { ContentError } from '../../../src/lib/content-error';

const ROOT = new URL('../../../', import.meta.url);
const WORKER = new URL('src/markdown/render-worker.mjs', ROOT);
const COURSE = join(fileURLToPath(ROOT), 'content', 'concepts', 'failure-modes-in-distributed-systems');
const SHARED = { image: { domains: [], remotePatterns: [] }, syntaxHighlight: false as const, gfm: true, smartypants: true };

interface Entry { id: string; data: Record<string, unknown>; body: string; filePath: string }

/** The course's real sections, as the glob loader passes them to a render function. */
const SECTIONS: Entry[] = readdirSync(COURSE).filter((f) => f.endsWith('.md')).sort().map((file) => {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(COURSE, file), 'utf8'))!;
  return { id: file, data: parseYaml(yaml!) as Record<string, unknown>, body: body!.trim(), filePath: join(COURSE, file) };
});

/** A section the structural plugin rejects (marked `code: true`, with no Code part), so rendering it throws a ContentError. */
const BROKEN: Entry = { id: 'broken.md', data: { title: 'Broken', quiz: [], code: true }, body: 'Only prose here.', filePath: join(COURSE, 'broken.md') };

const config = (overrides: Partial<AstroConfig['markdown']> = {}) => ({
  root: ROOT,
  image: { domains: [], remotePatterns: [] },
  markdown: { processor: courseMarkdownProcessor('test'), syntaxHighlight: false, gfm: true, smartypants: true, ...overrides },
}) as unknown as AstroConfig;

/** Astro's own render function for `.md` entries (vite-plugin-markdown/content-entry-type.js), counting its calls. */
function astroMarkdownEntryType() {
  const calls: string[] = [];
  return {
    calls,
    getRenderFunction: async (c: AstroConfig) => {
      const renderer = await (c.markdown.processor as ReturnType<typeof courseMarkdownProcessor>).createRenderer(SHARED as never);
      return async (entry: Entry) => {
        calls.push(entry.id);
        const result = await renderer.render(entry.body, { frontmatter: entry.data, fileURL: pathToFileURL(entry.filePath) });
        return { html: result.code, metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) } };
      };
    },
  };
}

type Rendered = { id: string; html: string; metadata?: object } | { id: string; error: unknown };

/** Loads `entries` through the wrapper as the glob loader would: ten at a time, each rendered by the `.md` entry type. */
async function loadThrough(entries: Entry[], options: Parameters<typeof renderMarkdownInWorkers>[1], c = config()) {
  const markdown = astroMarkdownEntryType();
  const results: Rendered[] = [];
  let render: ((e: Entry) => Promise<{ html: string; metadata?: object } | undefined>) | undefined;
  const glob: Loader = {
    name: 'fake-glob',
    load: async (context) => {
      const type = (context as LoaderContext & { entryTypes: Map<string, typeof markdown> }).entryTypes.get('.md')!;
      render = await type.getRenderFunction(context.config);
      const queue = [...entries];
      await Promise.all(Array.from({ length: 10 }, async () => {
        for (let e = queue.shift(); e; e = queue.shift()) {
          const id = e.id;
          results.push(await render!(e).then((r) => ({ id, ...r! }), (error: unknown) => ({ id, error })));
        }
      }));
    },
  };
  const warnings: string[] = [];
  const context = { config: c, entryTypes: new Map([['.md', markdown]]), logger: { warn: (m: string) => warnings.push(m) } } as unknown as LoaderContext;
  await renderMarkdownInWorkers(glob, options).load(context);
  return { results: results.sort((a, b) => a.id.localeCompare(b.id)), mainThread: markdown.calls, renderAfterLoad: render!, warnings };
}

describe('rendering sections in worker threads', () => {
  it('gives the same HTML and metadata as rendering them on the main thread', async () => {
    const onMain = await loadThrough(SECTIONS, { mainThreadFirst: Infinity });
    const inWorkers = await loadThrough(SECTIONS, { mainThreadFirst: 2, workers: 2 });
    expect(SECTIONS.length).toBeGreaterThan(5);
    expect(onMain.mainThread).toHaveLength(SECTIONS.length);
    expect(inWorkers.mainThread).toHaveLength(2); // only the first ones; the workers rendered the rest
    expect(inWorkers.results).toEqual(onMain.results);
    expect(inWorkers.results.every((r) => 'html' in r && r.html.includes('id="part-read"'))).toBe(true);
  }, 30_000);

  it('renders on the main thread an entry a worker cannot, so the build stops with the same error', async () => {
    const { results, mainThread, warnings } = await loadThrough([...SECTIONS.slice(0, 3), BROKEN], { mainThreadFirst: 0, workers: 1 });
    expect(mainThread).toEqual(['broken.md']);
    expect(warnings).toEqual([]); // bad content is reported by the build, not as a problem with the workers
    const broken = results.find((r) => r.id === 'broken.md')!;
    expect('error' in broken && broken.error).toBeInstanceOf(ContentError);
    expect(results.filter((r) => 'html' in r)).toHaveLength(3);
  }, 30_000);

  it('renders everything on the main thread when the workers cannot start', async () => {
    const { results, mainThread, warnings } = await loadThrough(SECTIONS.slice(0, 4), { mainThreadFirst: 0, workers: 2 }, { ...config(), root: new URL('file:///nonexistent/') } as AstroConfig);
    expect(mainThread).toHaveLength(4);
    expect(results.every((r) => 'html' in r)).toBe(true);
    expect(warnings).toEqual([expect.stringContaining('Rendering on the main thread instead of in worker threads')]); // said once
  }, 30_000);

  it('stops its workers when loading is done; a later edit (dev server) renders on the main thread', async () => {
    const close = vi.spyOn(RenderPool.prototype, 'close');
    const { mainThread, renderAfterLoad } = await loadThrough(SECTIONS.slice(0, 3), { mainThreadFirst: 0, workers: 1 });
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
    expect(mainThread).toEqual([]);
    await renderAfterLoad(SECTIONS[3]!);
    expect(mainThread).toEqual([SECTIONS[3]!.id]);
  }, 30_000);

  it('leaves rendering to Astro when the processor is not exactly the course’s, or the context has no entry types', async () => {
    const custom = courseMarkdownProcessor('test');
    custom.options.hastPlugins.push({ name: 'added-by-an-integration' } as never);
    const withAddedPlugin = await loadThrough(SECTIONS.slice(0, 3), { mainThreadFirst: 0 }, config({ processor: custom }));
    expect(withAddedPlugin.mainThread).toHaveLength(3);
    const highlighted = await loadThrough(SECTIONS.slice(0, 3), { mainThreadFirst: 0 }, config({ syntaxHighlight: 'shiki' }));
    expect(highlighted.mainThread).toHaveLength(3);
    let given: LoaderContext | undefined;
    const context = { config: config() } as LoaderContext;
    await renderMarkdownInWorkers({ name: 'fake', load: async (c) => { given = c; } }).load(context);
    expect(given).toBe(context);
  }, 30_000);
});

describe('RenderPool', () => {
  it('renders on every worker, and refuses work once closed', async () => {
    const pool = new RenderPool(WORKER, SHARED, 2);
    const jobs = SECTIONS.slice(0, 4).map((s) => pool.render({ body: s.body, frontmatter: s.data, filePath: s.filePath }));
    const rendered = await Promise.all(jobs);
    expect(rendered.every((r) => r.html.includes('id="part-read"'))).toBe(true);
    await pool.close();
    expect(pool.usable).toBe(false);
    await expect(pool.render({ body: 'x', frontmatter: {} })).rejects.toThrow('no render worker is running');
  }, 30_000);
});
