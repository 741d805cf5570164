import type { BuildFormat } from './deploy-shape';
import { normaliseBase } from './paths';

/**
 * The file, relative to the build output, that Astro writes for a page URL: `a/b/` is `a/b/index.html` in the
 * `directory` format and `a/b.html` in the `file` format; the site root is `index.html` and the 404 page
 * `404.html` in both. A URL that already names the file (`a/b.html`, as Astro spells pages in the `file`
 * format) gives that file. Used to give the search index the same paths it would read from disk.
 */
export function outputFileOf(urlPath: string, base: string, format: BuildFormat): string {
  const prefix = normaliseBase(base);
  const path = decodeURI(urlPath).replace(/\/*$/, '/'); // `/learn` is the root of base `/learn/`
  const inSite = path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\/+/, '');
  // Astro's own page URLs in the `file` format already end in `.html`.
  const page = inSite.replace(/\/+$/, '').replace(/\.html$/, '');
  if (page === '' || page === 'index') return 'index.html';
  if (page === '404' || format === 'file') return `${page}.html`;
  return `${page}/index.html`;
}
