import { normaliseBase } from './paths';

/** One rule of a host's headers file: a URL pattern and its Cache-Control value. */
export interface CacheRule {
  path: string;
  cacheControl: string;
  why: string;
}

/** Revalidate on every use: cheap (a 304 when nothing changed) and never stale after a deploy. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** Content-hashed files: a new build writes new names, so a copy can be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache rules for the built site under `base`. The rules never overlap, because hosts disagree on how
 * overlapping rules combine. HTML pages are not listed: hosts that read a headers file (Netlify,
 * Cloudflare Pages) already send REVALIDATE for them; set it yourself anywhere else.
 */
export function cacheRules(base: string): CacheRule[] {
  const at = (path: string) => normaliseBase(base) + path;
  return [
    { path: at('_astro/*'), cacheControl: IMMUTABLE, why: 'scripts and styles with a content hash in their names' },
    { path: at('pagefind/*'), cacheControl: REVALIDATE, why: 'the search index: its entry file and loader keep their names across builds' },
    { path: at('sw.js'), cacheControl: 'no-cache', why: 'the service worker: browsers must see a new version at once' },
    { path: at('manifest.webmanifest'), cacheControl: 'no-cache', why: 'the web app manifest' },
    { path: at('icons/*'), cacheControl: 'public, max-age=86400', why: 'app icons: not hashed, rarely changed' },
  ];
}

/** The rules in the `_headers` format read by Netlify and Cloudflare Pages. */
export function headersFile(rules: CacheRule[]): string {
  const blocks = rules.map((r) => `# ${r.why}\n${r.path}\n  Cache-Control: ${r.cacheControl}\n`);
  return `# Written by the build (src/lib/cache-headers.ts). HTML pages: ${REVALIDATE} (the host's default).\n\n${blocks.join('\n')}`;
}
