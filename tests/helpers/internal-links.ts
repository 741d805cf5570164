import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveSitePath } from './static-host';

/** Every file under `dir`, relative to it. */
export function filesUnder(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

/** The URL a built HTML file is served at under `base` (`a/index.html` -> `/base/a/`, `a.html` -> `/base/a`). */
export function pageUrl(base: string, file: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  return base + path;
}

/** One internal reference found in a page. */
export interface Link {
  page: string;
  url: string;
  /** The path it resolves to (from the page's own URL). */
  path: string;
  /** A link within the same page (`#id`). */
  samePage: boolean;
  /** Why it does not resolve, if it does not. */
  problem?: string;
  isPage: boolean;
}

const ATTRIBUTES = /\s(?:href|src|action|poster)="([^"]+)"/g;
const decode = (s: string) => s.replace(/&amp;/g, '&');

/** Checks one reference from a page: inside the base, resolves to a file, and its #fragment exists. */
function check(dir: string, base: string, site: string, page: string, raw: string): Link | undefined {
  const from = new URL(pageUrl(base, page), site);
  const target = new URL(decode(raw), from);
  if (target.origin !== from.origin || /^(mailto|tel|data|javascript):/.test(raw)) return undefined;
  const link: Link = { page, url: raw, path: target.pathname, samePage: raw.startsWith('#'), isPage: false };
  if (!target.pathname.startsWith(base) && target.pathname !== base.slice(0, -1)) return { ...link, problem: `outside the base ${base}` };
  const resolved = resolveSitePath(dir, decodeURIComponent(target.pathname.slice(base.length - 1)));
  if (resolved.redirect) return { ...link, problem: `needs a redirect to ${resolved.redirect}` };
  if (!resolved.file) return { ...link, problem: 'no such file' };
  link.isPage = resolved.file.endsWith('.html');
  const id = decodeURIComponent(target.hash.slice(1));
  if (id && link.isPage && !readFileSync(resolved.file, 'utf8').includes(`id="${id}"`)) return { ...link, problem: `no element #${id} in ${relative(dir, resolved.file)}` };
  return link;
}

/**
 * Every internal href/src in every HTML page of a build served at `site` + `base`, each resolved
 * the way a static host would. External links are skipped.
 */
export function internalLinks(dir: string, base: string, site: string): Link[] {
  return filesUnder(dir).filter((f) => f.endsWith('.html')).flatMap((page) => {
    const html = readFileSync(join(dir, page), 'utf8');
    return [...html.matchAll(ATTRIBUTES)].map((m) => check(dir, base, site, page, m[1]!)).filter((l): l is Link => !!l);
  });
}
