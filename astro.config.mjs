// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkSectionParts } from './src/markdown/section-parts.ts';

// SITE_BASE lets the same build be deployed at a domain's root or under a sub-path (e.g. /learn/).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://failure-modes.example.org',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkSectionParts] }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  devToolbar: { enabled: false },
  // Benchmarks build other content trees (CONTENT_DIR) with their own cache, so they never touch the project's.
  cacheDir: process.env.ASTRO_CACHE_DIR,
  experimental: { collectionStorage: 'chunked' },
  vite: {
    // Hydrate islands with a copy of @astrojs/preact's client minus @preact/signals support (see the file for why).
    resolve: { alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: fileURLToPath(new URL('./src/islands/preact-client.ts', import.meta.url)) }] },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Two shared chunks instead of many small ones: every island needs the Preact runtime, and every
              // progress island the stores and storage. Fewer files compress better and cost fewer requests.
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]islands[\\/]preact-client/ },
                  { name: 'progress', test: /node_modules[\\/](nanostores|@nanostores[\\/]preact|idb-keyval)[\\/]|src[\\/](stores|storage|lib)[\\/]/ },
                ],
              },
            },
          },
        },
      },
    },
  },
});
