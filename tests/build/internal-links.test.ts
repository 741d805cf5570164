import { describe, expect, it } from 'vitest';
import { DIST, page } from '../helpers/built-site';
import { findBrokenLinks } from '../helpers/internal-links';
import { fixture } from '../helpers/content-files';

describe('the link checker', () => {
  it('finds missing pages, missing files, missing anchors and broken absolute links on the site origin, and nothing else', () => {
    const broken = findBrokenLinks(fixture('site-links'), 'https://example.org');
    expect(broken.map((b) => `${b.page} ${b.link}: ${b.problem}`).sort()).toEqual([
      'guide/index.html ../index.html#nope: /index.html has no element with id "nope"',
      'index.html /_astro/missing.css: no page or file at /_astro/missing.css',
      'index.html /guide/#missing: /guide/ has no element with id "missing"',
      'index.html /nowhere/: no page or file at /nowhere/',
      'index.html https://example.org/gone/: no page or file at /gone/',
    ]);
  });
});

describe('the built site', () => {
  it('has no internal link, asset, canonical URL or anchor that leads nowhere', () => {
    const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(page(''))![1]!).origin;
    expect(findBrokenLinks(DIST, origin)).toEqual([]);
  });
});
