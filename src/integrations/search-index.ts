import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Folder, inside the build output, that holds the Pagefind bundle (pagefind.js, index, fragments). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Characters kept inside words when indexing and searching, so identifiers such as `max_retries`,
 * `AbortSignal.timeout` or `err.name` are found as written, not only as their parts.
 */
export const SEARCH_WORD_CHARACTERS = '_.';

/**
 * What is left out of the index: quick-check answers and explanations (anywhere they appear), and
 * page furniture that would match every query (breadcrumbs, tab strips, copy buttons, the pager,
 * progress messages). The quiz part of a section is also marked `data-pagefind-ignore` in its page.
 */
export const SEARCH_EXCLUDED = ['.qc', '.qc-answer', '.breadcrumbs', '.eyebrow', '.part-tablist', '.code-tablist', '.copy-button', '.pager', '.section-status'];

/** Indexes the built HTML in `dir` and writes the Pagefind bundle next to it; returns the number of pages indexed. */
export async function writeSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ includeCharacters: SEARCH_WORD_CHARACTERS, excludeSelectors: SEARCH_EXCLUDED });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, SEARCH_BUNDLE_DIR) });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Astro integration: every `astro build` ends with the Pagefind index of the pages it wrote. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'site-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind read ${pages} pages and wrote the index of their data-pagefind-body parts to ${SEARCH_BUNDLE_DIR}/`);
      },
    },
  };
}
