import { satteri } from '@astrojs/markdown-satteri';
import type { Features } from 'satteri';
import { smartPunctuation } from './smart-punctuation';
import { sectionParts } from './section-parts';
import { highlightCode } from './highlight-code';

/** Markdown features of course content: GitHub-flavoured Markdown; typography comes from smartPunctuation instead. */
export const MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: false };

/** The course's plugins, in the order they run: typography, then Read/Code parts and code groups, then highlighting. */
export const MDAST_PLUGINS = [smartPunctuation, sectionParts];
export const HAST_PLUGINS = [highlightCode];

/**
 * Astro's `markdown.processor` for course content: Sätteri (Astro's Rust Markdown pipeline) with the course's
 * plugins. `sourcesDigest` (integrations/content-sources-digest.ts) is kept on the processor's options, which Astro
 * serialises into the key of its content cache, so the cache clears itself when the code that renders content changes.
 */
export function courseMarkdownProcessor(sourcesDigest: string) {
  const processor = satteri({ mdastPlugins: MDAST_PLUGINS, hastPlugins: HAST_PLUGINS, features: MARKDOWN_FEATURES });
  Object.assign(processor.options, { sourcesDigest });
  return processor;
}

const names = (plugins: unknown) => (Array.isArray(plugins) ? plugins.map((p: { name?: string }) => p?.name ?? '?').join() : undefined);

/**
 * Whether `processor` renders exactly as `courseMarkdownProcessor` does: same plugins and features, none added since
 * (an integration may add its own). Code that renders content elsewhere (in worker threads) checks this first.
 */
export function isCourseProcessor(processor: unknown): boolean {
  const options = (processor as { name?: string; options?: Record<string, unknown> } | undefined)?.options;
  return (processor as { name?: string } | undefined)?.name === 'satteri' && typeof options?.sourcesDigest === 'string'
    && names(options.mdastPlugins) === names(MDAST_PLUGINS) && names(options.hastPlugins) === names(HAST_PLUGINS)
    && JSON.stringify(options.features) === JSON.stringify(MARKDOWN_FEATURES);
}

/** The document data Astro's Sätteri processor gives plugins; they read the entry's frontmatter from it. */
export const astroData = (frontmatter: Record<string, unknown>) =>
  ({ astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } });
