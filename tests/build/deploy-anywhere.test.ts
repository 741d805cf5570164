import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVariant, type Variant } from '../helpers/build-variant';
import { filesUnder, internalLinks } from '../helpers/internal-links';
import { resolveSitePath } from '../helpers/static-host';
import { DIST } from '../helpers/built-site';
import { SECTION_COUNT } from '../helpers/course-facts';
import { offlineFallback, precacheUrls } from '../helpers/service-worker-file';

const SITE = 'https://failure-modes.example.org';
// Every trailing-slash setting, two of them under a sub-path. The root build is npm run build's own dist/.
const VARIANTS: Variant[] = [
  { base: '/', trailingSlash: 'ignore' },
  // Also a search index split in parts of 4 pages, as on a site of more than 5,000 sections (base-path.test.ts searches it).
  { base: '/learn/', trailingSlash: 'always', searchPartPages: 4 },
  { base: '/learn/', trailingSlash: 'never' },
];

const builds = new Map<Variant, string>();
beforeAll(async () => {
  // One after the other: builds share Astro's content cache in .astro/, so parallel builds would race.
  for (const v of VARIANTS) builds.set(v, v.base === '/' ? DIST : await buildVariant(v));
});

describe.each(VARIANTS)('a build under $base with trailingSlash $trailingSlash', (variant) => {
  const dir = () => builds.get(variant)!;
  const BASE = variant.base;

  it('has every internal link, script, style and #fragment resolving inside the base', () => {
    // Canonical and Open Graph URLs are absolute on SITE, so they are checked too (the 404 page has none: it is noindex).
    const links = internalLinks(dir(), BASE, SITE);
    expect(links.length).toBeGreaterThan(300);
    expect(links.filter((l) => l.problem).map((l) => `${l.page}: ${l.url} (${l.problem})`)).toEqual([]);
  });

  it('spells page links the way the trailing-slash setting says', () => {
    const pages = internalLinks(dir(), BASE, SITE).filter((l) => l.isPage && !l.samePage).map((l) => l.path);
    expect(pages.length).toBeGreaterThan(100);
    const notRoot = pages.filter((p) => p !== BASE);
    if (variant.trailingSlash === 'never') expect(notRoot.filter((p) => p.endsWith('/'))).toEqual([]);
    else expect(notRoot.filter((p) => !p.endsWith('/'))).toEqual([]);
  });

  it('precaches only files that exist, as URLs relative to the worker (so its scope is the base)', () => {
    const sw = readFileSync(join(dir(), 'sw.js'), 'utf8');
    const urls = precacheUrls(sw);
    expect(urls.length).toBeGreaterThan(40);
    expect(urls.filter((u) => u.startsWith('/') || /^https?:/.test(u))).toEqual([]);
    expect(urls.filter((u) => !resolveSitePath(dir(), `/${u}`).file)).toEqual([]);
    const offline = variant.trailingSlash === 'never' ? 'offline.html' : 'offline/index.html';
    expect(urls).toContain(offline);
    expect(offlineFallback(sw)).toBe(offline);
  });

  it('writes the search index and a manifest whose icons exist, and cache rules under the base', () => {
    const files = filesUnder(dir());
    expect(files).toContain('pagefind/pagefind.js');
    expect(files.filter((f) => /^pagefind\/(part-\d+\/)?fragment\//.test(f))).toHaveLength(SECTION_COUNT);
    const manifest = JSON.parse(readFileSync(join(dir(), 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[]; start_url: string };
    for (const icon of manifest.icons) expect(files).toContain(icon.src);
    expect(manifest.start_url).toBe('./');
    const headers = readFileSync(join(dir(), '_headers'), 'utf8');
    expect(headers).toContain(`\n${BASE}_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`);
    expect(headers.match(/^\/\S*/gm)!.filter((p) => !p.startsWith(BASE))).toEqual([]);
  });
});
