import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from './built-site';

/** A link in a built page that does not lead anywhere. */
export interface BrokenLink {
  /** The page it is on, relative to the build folder. */
  page: string;
  /** The attribute value as written. */
  link: string;
  /** What is wrong. */
  problem: string;
}

/** The URL path a built HTML file is served at: `a/index.html` -> `/a/`, `404.html` -> `/404.html`. */
const urlPathOf = (file: string, base: string) => base + file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');

/** The file a URL path is served from, the way a static host finds it; undefined when there is none. */
function fileFor(root: string, path: string, base: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const file = join(root, decodeURIComponent(path.slice(base.length)));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const ids = new Map<string, Set<string>>();
/** The ids an HTML file defines (cached per file). */
function idsIn(file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

/** Checks one link; returns the problem, or undefined when it resolves. */
function check(root: string, pageUrl: URL, link: string, origin: string, base: string): string | undefined {
  const url = new URL(decode(link), pageUrl);
  if (url.origin !== pageUrl.origin && url.origin !== origin) return undefined;
  const file = fileFor(root, url.pathname, base);
  if (!file) return `no page or file at ${url.pathname}`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && file.endsWith('.html') && !idsIn(file).has(id)) return `${url.pathname} has no element with id "${id}"`;
  return undefined;
}

/**
 * Every href and src in the built HTML under `root` that points inside the site (same page,
 * relative, root-relative, or absolute on the site's own `origin`) and leads to no file, or to a
 * page without the #fragment it names.
 */
export function findBrokenLinks(root: string, origin: string, base = '/'): BrokenLink[] {
  ids.clear();
  const broken: BrokenLink[] = [];
  for (const page of htmlFilesIn(root)) {
    const pageUrl = new URL(urlPathOf(page, base), 'http://site.invalid');
    const html = readFileSync(join(root, page), 'utf8');
    for (const [, link] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const problem = check(root, pageUrl, link!, origin, base);
      if (problem) broken.push({ page, link: link!, problem });
    }
  }
  return broken;
}
