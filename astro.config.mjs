// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { courseMarkdownProcessor } from './src/markdown/processor.ts';
import { isIndexable } from './src/lib/indexing.ts';
import { contentCheck } from './scripts/content-check/astro-integration.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { deployShape, searchPartPages } from './src/lib/deploy-shape.ts';
import { contentSourcesDigest } from './src/integrations/content-sources-digest.ts';

// SITE_BASE lets the same build be deployed at a domain's root or under a sub-path (e.g. /learn/);
// SITE_TRAILING_SLASH (always | never | ignore) and SITE_BUILD_FORMAT (directory | file) match the host's URL style.
const { base, trailingSlash, format } = deployShape(process.env);
// SEARCH_PART_PAGES caps the pages per part of the search index (default 5,000); tests set it low to split a small site.
const partPages = searchPartPages(process.env);
// Only section pages are searched: they are built first, so the index's last part is written while the rest is built.
const search = searchIndex({ partPages, routes: ['/concepts/[course]/[section]'] });

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://failure-modes.example.org',
  base,
  trailingSlash,
  // Several pages at a time, so one page's file is written while the next renders (the build was waiting on disk).
  build: { format, concurrency: 4 },
  // contentCheck first: bad content stops the build with the same report as `npm run check`.
  // After the pages, Pagefind writes the search index in its own process while the sitemap is written and the service
  // worker hashes the rest of the site; the worker then adds the index to its precache list, so it comes before `search`.
  // The sitemap lists exactly the pages that are indexable (the same rule sets the robots meta tag).
  integrations: [contentCheck(), mdx(), preact(), sitemap({ filter: isIndexable }), serviceWorker({ precacheAfter: search.written }), search, hostHeaders()],
  markdown: {
    // Sätteri (Astro's Rust Markdown pipeline) with the course's plugins: several times faster than remark and rehype,
    // which were most of a large build's content sync. The digest clears Astro's content cache when the rendering code changes.
    processor: courseMarkdownProcessor(contentSourcesDigest(fileURLToPath(new URL('.', import.meta.url)))),
    // Code is highlighted by the course's own plugin (Prism classes, colours in src/styles/code.css): one pass for both themes.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // Benchmarks build other content trees (CONTENT_DIR) with their own cache, so they never touch the project's.
  cacheDir: process.env.ASTRO_CACHE_DIR,
  // The data store in files of at most 1 MiB (Astro's recommended size): Vite copies each whole file through its
  // transforms, and one 19 MB file at 10,000 sections added a few hundred MB to the build's peak memory.
  experimental: { collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 } },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Every island needs the Preact runtime: one shared chunk for it, instead of four small ones.
              // Vite's preload helper gets its own tiny chunk: pages without islands (section pages) use it for
              // lazy imports, and would otherwise fetch the whole Preact chunk it would land in.
              codeSplitting: {
                groups: [
                  { name: 'preload', test: /preload-helper/, priority: 2 },
                  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
  },
});
