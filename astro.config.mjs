// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkSectionParts } from './src/markdown/section-parts.ts';
import { isIndexable } from './src/lib/indexing.ts';
import { contentCheck } from './scripts/content-check/astro-integration.ts';

// SITE_BASE lets the same build be deployed at a domain's root or under a sub-path (e.g. /learn/).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://failure-modes.example.org',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // contentCheck first: bad content stops the build with the same report as `npm run check`.
  // The sitemap lists exactly the pages that are indexable (the same rule sets the robots meta tag).
  integrations: [contentCheck(), mdx(), preact(), sitemap({ filter: isIndexable })],
  markdown: {
    processor: unified({ remarkPlugins: [remarkSectionParts] }),
    // Both themes as CSS variables (no default colour), so the theme toggle can pick either (src/styles/tokens.css).
    // The -default GitHub themes keep every token at 4.5:1 or more (github-dark's comments and github-light's orange do not).
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
  },
  devToolbar: { enabled: false },
});
