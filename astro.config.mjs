// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkSectionParts } from './src/markdown/section-parts.ts';
import { contentCheck } from './scripts/content-check/astro-integration.ts';

// SITE_BASE lets the same build be deployed at a domain's root or under a sub-path (e.g. /learn/).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://failure-modes.example.org',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // contentCheck first: bad content stops the build with the same report as `npm run check`.
  integrations: [contentCheck(), mdx(), preact()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkSectionParts] }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  devToolbar: { enabled: false },
});
