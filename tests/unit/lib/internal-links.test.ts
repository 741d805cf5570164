import { describe, expect, it } from 'vitest';
import { checkLinks, relativeUrl, sitePath, type SiteIndex } from '../../../src/lib/internal-links';

const INDEX: SiteIndex = {
  courses: new Map([['failure-modes', new Set(['fail-fast', 'network-partitions'])]]),
  challenges: new Set(['slow-checkout']),
};
const PAGE = '/concepts/failure-modes/fail-fast/';
const check = (url: string, page = PAGE) => checkLinks([{ url, line: 3, column: 7 }], page, 'f.md', INDEX);

describe('internal links', () => {
  it('resolves links relative to the page and ignores external ones', () => {
    expect(sitePath('../network-partitions/', PAGE)).toBe('/concepts/failure-modes/network-partitions/');
    expect(sitePath('../network-partitions', PAGE)).toBe('/concepts/failure-modes/network-partitions/');
    expect(sitePath('https://example.org/a', PAGE)).toBeUndefined();
    expect(sitePath('mailto:a@b.c', PAGE)).toBeUndefined();
    expect(sitePath('#heading', PAGE)).toBeUndefined();
  });

  it('accepts sections, courses, the practice page and challenges that exist', () => {
    for (const url of ['../network-partitions/', '../network-partitions/#why', '/concepts/failure-modes/', '../practice/', '/challenges/slow-checkout/', '/concepts/', '/about/']) {
      expect(check(url), url).toEqual([]);
    }
  });

  it('reports a section that does not exist, suggesting the nearest as a relative link', () => {
    expect(check('../network-partiton/')).toEqual([{
      file: 'f.md', line: 3, column: 7, field: 'link',
      message: 'link "../network-partiton/" does not resolve: course "failure-modes" has no section "network-partiton"',
      hint: 'did you mean ../network-partitions/ ?',
    }]);
  });

  it('reports unknown courses and challenges', () => {
    expect(check('/concepts/other-course/x/')[0]!.message).toContain('there is no course "other-course"');
    expect(check('/challenges/slow-chekout/')[0]!.hint).toBe('did you mean ../../../challenges/slow-checkout/ ?');
  });

  it('reports a link to a .md file and gives the page link instead', () => {
    expect(check('./network-partitions.md')[0]).toMatchObject({ message: 'link "./network-partitions.md" points to a source file, not a page', hint: 'link to the page instead: ../network-partitions/' });
  });

  it('builds relative links between directory pages', () => {
    expect(relativeUrl('/concepts/c/a/', '/concepts/c/b/')).toBe('../b/');
    expect(relativeUrl('/challenges/x/', '/concepts/c/b/')).toBe('../../concepts/c/b/');
    expect(relativeUrl('/concepts/c/a/', '/concepts/c/a/')).toBe('./');
  });
});
