import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest, type InjectManifestOptions } from 'workbox-build';
import { IGNORED_URL_PARAMETERS, injectManifestOptions, isNavigation, siteFilesManifestOptions } from '../../../src/lib/service-worker-options';

/** A tiny built site with one file of each kind the build writes. */
const FILES = [
  'index.html', '404.html', 'offline/index.html', 'concepts/c/s/index.html', '_astro/page.AbC123.js', '_astro/site.XyZ789.css',
  'manifest.webmanifest', 'icons/icon-192.png', 'favicon.svg', 'sw.js', '_headers',
  // A section's local image, as Astro writes it, and the other formats it can write.
  '_astro/diagram.Qw3rT5.webp', '_astro/photo.Zx9Yv8.avif', '_astro/chart.Lm4Np2.jpg',
  'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind.en_1a2b.pf_meta', 'pagefind/index/en_3c4d.pf_index', 'pagefind/fragment/en_5e6f.pf_fragment',
  'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css', 'pagefind/pagefind-component-ui.js', 'pagefind/pagefind-highlight.js',
  // A further part of a large site's index: a bundle of its own, with the same files to keep and to leave out.
  'pagefind/parts.json', 'pagefind/part-2/pagefind-worker.js', 'pagefind/part-2/pagefind-entry.json', 'pagefind/part-2/wasm.en.pagefind',
  'pagefind/part-2/wasm.unknown.pagefind', 'pagefind/part-2/fragment/en_7a8b.pf_fragment', 'pagefind/part-2/pagefind-ui.js', 'pagefind/part-2/pagefind.js',
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-options-'));
  for (const f of FILES) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), f);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The precache list the options produce (the same glob step injectManifest runs). */
const globOptions = (o: InjectManifestOptions) => ({
  globDirectory: o.globDirectory!, globPatterns: o.globPatterns, globIgnores: o.globIgnores, dontCacheBustURLsMatching: o.dontCacheBustURLsMatching,
});
const manifestOf = (o: InjectManifestOptions) => getManifest(globOptions(o));

describe('injectManifestOptions', () => {
  it('precaches pages, assets, icons and the search bundle, but not host files or Pagefind UI', async () => {
    const { manifestEntries } = await manifestOf(injectManifestOptions(dir, 'src/sw.js'));
    const urls = manifestEntries!.map((e) => (typeof e === 'string' ? e : e.url)).sort();
    expect(urls).toEqual(FILES.filter((f) => !['404.html', 'sw.js', '_headers'].includes(f) && !/pagefind-(ui|component-ui|highlight)|wasm\.unknown|part-\d+\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f)).sort());
    // A further part of the index brings its entry, metadata and fragments; the first part's runtime serves it.
    expect(urls).toEqual(expect.arrayContaining(['pagefind/parts.json', 'pagefind/part-2/pagefind-entry.json', 'pagefind/part-2/fragment/en_7a8b.pf_fragment']));
    expect(urls.filter((u) => u.startsWith('pagefind/part-2/') && /pagefind\.js|worker|wasm/.test(u))).toEqual([]);
  });

  it('lists the same files, with the same revisions, when the site is hashed before the search bundle is written', async () => {
    const { manifestEntries: oneStep } = await manifestOf(injectManifestOptions(dir, 'src/sw.js'));
    const site = await getManifest(siteFilesManifestOptions(dir));
    expect(site.manifestEntries!.some((e) => typeof e !== 'string' && e.url.startsWith('pagefind/'))).toBe(false);
    const late = injectManifestOptions(dir, 'src/sw.js', site.manifestEntries);
    const { manifestEntries: twoSteps } = await getManifest({ ...globOptions(late), additionalManifestEntries: late.additionalManifestEntries });
    const byUrl = (entries: typeof oneStep) => entries!.map((e) => (typeof e === 'string' ? { url: e, revision: null } : e)).sort((a, b) => a.url.localeCompare(b.url));
    expect(byUrl(twoSteps)).toEqual(byUrl(oneStep));
    expect(twoSteps!.length).toBeGreaterThan(site.manifestEntries!.length); // the search bundle was added
  });

  it('gives hashed files no revision and everything else one', async () => {
    const { manifestEntries } = await manifestOf(injectManifestOptions(dir, 'src/sw.js'));
    const revision = (url: string) => manifestEntries!.find((e) => typeof e !== 'string' && e.url === url) as { revision: string | null };
    expect(revision('_astro/page.AbC123.js').revision).toBeNull();
    expect(revision('pagefind/index/en_3c4d.pf_index').revision).toBeNull();
    expect(revision('index.html').revision).toMatch(/\w+/);
    expect(revision('pagefind/pagefind-entry.json').revision).toMatch(/\w+/);
  });

  it('writes the bundled worker as sw.js at the root of the build', () => {
    const o = injectManifestOptions(dir, '/tmp/bundle/sw.js');
    expect(o.swSrc).toBe('/tmp/bundle/sw.js');
    expect(o.swDest).toBe(join(dir, 'sw.js'));
  });
});

describe('the service worker\'s rules', () => {
  it('treats Pagefind’s ?ts= cache-buster as the same URL', () => {
    expect(IGNORED_URL_PARAMETERS.some((re) => re.test('ts'))).toBe(true);
    expect(IGNORED_URL_PARAMETERS.some((re) => re.test('q'))).toBe(false);
  });

  it('sends only navigations to the network-then-offline-page route, so a missing script stays a 404', () => {
    const request = (mode: RequestMode) => ({ request: { mode } }) as unknown as { request: Request };
    expect(isNavigation(request('navigate'))).toBe(true);
    expect(isNavigation(request('cors'))).toBe(false);
    expect(isNavigation(request('no-cors'))).toBe(false);
  });
});
