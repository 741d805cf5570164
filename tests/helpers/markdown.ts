import { pathToFileURL } from 'node:url';
import { markdownToHtml, type HastPluginList, type MdastPluginList } from 'satteri';
import { MARKDOWN_FEATURES, astroData } from '../../src/markdown/processor';

/** Renders Markdown the way the build's processor does (Sätteri, the course's features), with the given plugins. */
export async function renderMarkdown(markdown: string, options: { mdastPlugins?: MdastPluginList; hastPlugins?: HastPluginList; frontmatter?: Record<string, unknown>; path?: string } = {}): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    mdastPlugins: options.mdastPlugins,
    hastPlugins: options.hastPlugins,
    features: MARKDOWN_FEATURES,
    fileURL: options.path ? pathToFileURL(options.path) : undefined,
    data: astroData(options.frontmatter ?? {}),
  });
  return html;
}
