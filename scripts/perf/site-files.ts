import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Read access to a built site by URL path (`/_astro/x.js`), so the analysis can run on a folder or on test data. */
export interface SiteFiles {
  /** The file's bytes, or undefined when the site has no such file. */
  read(url: string): Buffer | undefined;
}

/** Strips the deploy base (`/learn/`) from a URL path, leaving a path from the site root. */
export function withoutBase(url: string, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b !== '/' && url.startsWith(b) ? `/${url.slice(b.length)}` : url;
}

/** A built site in a folder (`dist/`), deployed under `base`. A directory URL reads its index.html. */
export function folderFiles(root: string, base = '/'): SiteFiles {
  return {
    read(url) {
      let file = join(root, decodeURIComponent(withoutBase(url.split(/[?#]/)[0]!, base)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    },
  };
}

/** A site held in memory, for tests: URL path -> file text. */
export function memoryFiles(files: Record<string, string>): SiteFiles {
  return { read: (url) => (url in files ? Buffer.from(files[url]!) : undefined) };
}

/**
 * Bytes on the wire with gzip (level 9, as static hosts precompress). Files that are already compressed
 * (Pagefind's index and wasm) are served as they are, so the smaller of the two counts.
 */
export function compressedSize(bytes: Buffer | string): number {
  const raw = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}
