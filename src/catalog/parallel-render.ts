import { availableParallelism } from 'node:os';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isCourseProcessor } from '../markdown/processor';
import { RenderPool, type RendererOptions } from './render-pool';

/** Sections rendered on the main thread before workers start: a small site renders faster than a worker starts. */
export const MAIN_THREAD_FIRST = 100;
/**
 * Workers: one per core but the main thread's (which parses frontmatter, validates and stores every entry), at most
 * four, none on one core. On two cores, a second worker made the 10,000-section sync no faster (33 s either way; the content check
 * shares the cores) and took 180 MB more memory.
 */
const MAX_WORKERS = 4;

/** The entry being rendered, as Astro's glob loader passes it to a render function. */
interface RenderEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}
type RenderFunction = (entry: RenderEntry) => Promise<{ html: string; metadata?: object } | undefined>;

/** The part of Astro's entry type for `.md` files the glob loader calls to render (Astro's own, not public API). */
interface MarkdownEntryType {
  getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction>;
}

/** The loader context with the entry types Astro hands the glob loader (an internal field, absent from its types). */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, MarkdownEntryType> };

/** The Markdown options the workers' renderer needs, when they are plain data (no custom highlighter to pass). */
function rendererOptions(config: AstroConfig): RendererOptions | undefined {
  const { markdown, image } = config;
  if (markdown.syntaxHighlight !== false || !isCourseProcessor(markdown.processor)) return undefined;
  return { image: { domains: image.domains, remotePatterns: image.remotePatterns }, syntaxHighlight: false, gfm: markdown.gfm, smartypants: markdown.smartypants };
}

/**
 * Wraps the sections' glob loader so that, in a large sync, Markdown sections are rendered in worker threads with the
 * same processor, on the other cores: rendering was most of a 10,000-section sync, all on one core. The first
 * `mainThreadFirst` sections, and any entry a worker cannot render, are rendered by Astro as before, so the output
 * and the errors are the same. It changes nothing when Astro's loader context lacks the entry types it wraps.
 */
export function renderMarkdownInWorkers(loader: Loader, { mainThreadFirst = MAIN_THREAD_FIRST, workers = Math.min(availableParallelism() - 1, MAX_WORKERS) } = {}): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { entryTypes } = context as ContextWithEntryTypes;
      const markdown = entryTypes?.get('.md');
      const shared = rendererOptions(context.config);
      if (!entryTypes || !markdown?.getRenderFunction || !shared || workers < 1) return loader.load(context);
      let pool: RenderPool | undefined;
      let closed = false;
      let rendered = 0;
      let warned = false;
      const onMainThreadInstead = (error: unknown) => {
        if (!warned) context.logger.warn(`Rendering on the main thread instead of in worker threads: ${error instanceof Error ? error.message : String(error)}`);
        warned = true;
      };
      const inWorkers = async (config: AstroConfig): Promise<RenderFunction> => {
        const onMainThread = await markdown.getRenderFunction!(config);
        return async (entry) => {
          if (closed || ++rendered <= mainThreadFirst) return onMainThread(entry);
          try {
            pool ??= new RenderPool(new URL('src/markdown/render-worker.mjs', context.config.root), shared, workers);
          } catch (error) {
            closed = true;
            onMainThreadInstead(error);
          }
          if (!pool?.usable) return onMainThread(entry);
          const job = { body: entry.body ?? '', frontmatter: entry.data, filePath: entry.filePath };
          // Astro's own wrapper around the processor adds `imagePaths`; so does this one.
          return pool.render(job).then(
            ({ html, metadata }) => ({ html, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } }),
            (error: unknown) => {
              if (!pool?.usable) onMainThreadInstead(error); // every worker has stopped; bad content is not worth a warning
              return onMainThread(entry);
            },
          );
        };
      };
      const types = new Map(entryTypes);
      types.set('.md', { ...markdown, getRenderFunction: inWorkers });
      try {
        await loader.load({ ...context, entryTypes: types } as ContextWithEntryTypes);
      } finally {
        closed = true; // a dev server's later edits render on the main thread
        await pool?.close();
      }
    },
  };
}
