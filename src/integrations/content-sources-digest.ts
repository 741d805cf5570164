import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose code decides what a content entry becomes: Markdown plugins, schemas, the logic they use and the loaders' wrappers. */
export const CONTENT_SOURCE_DIRS = ['src/markdown', 'src/schemas', 'src/lib', 'src/catalog'];

/**
 * A digest of the code that turns content files into data and HTML. Astro's content cache is keyed by each
 * file's text and by the serialisable parts of the config, not by plugin code: passed as a plugin option, this
 * digest makes the cache clear itself when that code changes, instead of serving pages rendered by the old code.
 */
export function contentSourcesDigest(root: string): string {
  const hash = createHash('sha256');
  for (const dir of CONTENT_SOURCE_DIRS) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?[jt]s$/.test(f)).sort();
    for (const file of files) hash.update(file).update(readFileSync(join(root, dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}
