import { describe, expect, it } from 'vitest';
import { deployShape, searchPartPages } from '../../../src/lib/deploy-shape';
import { withBase } from '../../../src/lib/paths';

describe('deployShape', () => {
  it('defaults to the domain root, trailingSlash ignore and directory pages', () => {
    expect(deployShape({})).toEqual({ base: '/', trailingSlash: 'ignore', format: 'directory' });
  });
  it('normalises the base and gives never a file format unless one is set', () => {
    expect(deployShape({ SITE_BASE: 'learn', SITE_TRAILING_SLASH: 'never' })).toEqual({ base: '/learn/', trailingSlash: 'never', format: 'file' });
    expect(deployShape({ SITE_TRAILING_SLASH: 'never', SITE_BUILD_FORMAT: 'directory' }).format).toBe('directory');
    expect(deployShape({ SITE_TRAILING_SLASH: 'always' }).format).toBe('directory');
  });
  it('rejects an unknown setting with the allowed values', () => {
    expect(() => deployShape({ SITE_TRAILING_SLASH: 'sometimes' })).toThrow('SITE_TRAILING_SLASH is "sometimes"; expected one of: always, never, ignore');
    expect(() => deployShape({ SITE_BUILD_FORMAT: 'preserve' })).toThrow(/SITE_BUILD_FORMAT/);
  });
});

describe('withBase', () => {
  it('joins the base and a page path for always and ignore', () => {
    expect(withBase('/', 'concepts/')).toBe('/concepts/');
    expect(withBase('/learn', '/concepts/c/', 'always')).toBe('/learn/concepts/c/');
    expect(withBase('/learn/', '')).toBe('/learn/');
  });
  it('drops the trailing slash of pages for never, but not of the site root, and leaves files alone', () => {
    expect(withBase('/learn/', 'concepts/c/', 'never')).toBe('/learn/concepts/c');
    expect(withBase('/learn/', 'concepts/c/#quiz', 'never')).toBe('/learn/concepts/c#quiz');
    expect(withBase('/learn/', '', 'never')).toBe('/learn/');
    expect(withBase('/', 'manifest.webmanifest', 'never')).toBe('/manifest.webmanifest');
  });
});

describe('searchPartPages', () => {
  it('is unset without the variable, or with it empty', () => {
    expect(searchPartPages({})).toBeUndefined();
    expect(searchPartPages({ SEARCH_PART_PAGES: '' })).toBeUndefined();
  });

  it('reads a whole number from 1 up', () => {
    expect(searchPartPages({ SEARCH_PART_PAGES: '4' })).toBe(4);
    expect(searchPartPages({ SEARCH_PART_PAGES: '5000' })).toBe(5000);
  });

  it.each(['0', '-3', '1.5', 'abc', '0x2', '1e3', '07'])('refuses %s, naming the variable and the value', (value) => {
    expect(() => searchPartPages({ SEARCH_PART_PAGES: value })).toThrow(`SEARCH_PART_PAGES is "${value}"; expected a whole number from 1 up`);
  });
});
