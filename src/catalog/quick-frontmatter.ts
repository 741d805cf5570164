import type { Loader, LoaderContext } from 'astro/loaders';
import { astroFrontmatterParts } from '../lib/frontmatter';
import { parseYamlQuickly } from '../lib/quick-yaml';

/** What Astro's `.md` entry type returns for a file (its own, not public API). */
export interface EntryInfo {
  data: Record<string, unknown>;
  body: string;
  slug: unknown;
  rawData: string;
}
type GetEntryInfo = (file: { contents: string; fileUrl: URL }) => Promise<EntryInfo>;
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, { getEntryInfo?: GetEntryInfo }> };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Astro's `getEntryInfo` for Markdown with the frontmatter read by the quick YAML parser: the same result, about nine
 * times faster, for every file it can read exactly as Astro's parser would; Astro's own for the rest (and its errors).
 */
export function quickEntryInfo(astros: GetEntryInfo): GetEntryInfo {
  return async (file) => {
    const parts = astroFrontmatterParts(file.contents);
    const quick = parts && parseYamlQuickly(parts.yaml);
    if (!parts || !quick || !isRecord(quick.data)) return astros(file);
    return { data: quick.data, body: parts.body, slug: quick.data.slug, rawData: parts.yaml };
  };
}

/**
 * Wraps a glob loader so its Markdown files' frontmatter goes through quickEntryInfo: Astro's YAML parser was about
 * 3 s of a 10,000-section content sync. Nothing changes when Astro's loader context lacks the entry types it wraps.
 */
export function readFrontmatterQuickly(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { entryTypes } = context as ContextWithEntryTypes;
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || !markdown?.getEntryInfo) return loader.load(context);
      const types = new Map(entryTypes);
      types.set('.md', { ...markdown, getEntryInfo: quickEntryInfo(markdown.getEntryInfo.bind(markdown)) });
      return loader.load({ ...context, entryTypes: types } as ContextWithEntryTypes);
    },
  };
}
