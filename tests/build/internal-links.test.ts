import { describe, expect, it } from 'vitest';
import { internalLinks } from '../helpers/internal-links';
import { fixture } from '../helpers/content-files';

/** Links that do not resolve, as readable lines. */
const broken = (dir: string, site: string) =>
  internalLinks(dir, '/', site).filter((l) => l.problem).map((l) => `${l.page} ${l.url}: ${l.problem}`).sort();

describe('the link checker', () => {
  it('finds missing pages, missing files, missing anchors and broken absolute links on the site origin, and nothing else', () => {
    expect(broken(fixture('site-links'), 'https://example.org')).toEqual([
      'guide/index.html ../index.html#nope: no element #nope in index.html',
      'index.html /_astro/missing.css: no such file',
      'index.html /guide/#missing: no element #missing in guide/index.html',
      'index.html /nowhere/: no such file',
      'index.html https://example.org/gone/: no such file',
    ]);
  });
});

// The built site itself is checked by tests/build/deploy-anywhere.test.ts, under every base and trailing-slash setting.
