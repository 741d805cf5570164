import { describe, expect, it } from 'vitest';
import { cacheRules, headersFile, IMMUTABLE, REVALIDATE } from '../../../src/lib/cache-headers';

describe('cacheRules', () => {
  it('keeps hashed assets for a year and revalidates the search index, worker and manifest', () => {
    const rules = Object.fromEntries(cacheRules('/').map((r) => [r.path, r.cacheControl]));
    expect(rules['/_astro/*']).toBe(IMMUTABLE);
    expect(rules['/pagefind/*']).toBe(REVALIDATE);
    expect(rules['/sw.js']).toBe('no-cache');
    expect(rules['/manifest.webmanifest']).toBe('no-cache');
  });
  it('puts every rule under the base path', () => {
    expect(cacheRules('/learn').every((r) => r.path.startsWith('/learn/'))).toBe(true);
  });
});

describe('headersFile', () => {
  it('writes one indented Cache-Control per path, in the _headers format', () => {
    const text = headersFile(cacheRules('/learn/'));
    expect(text).toContain('/learn/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(text.match(/^\/\S+$/gm)).toHaveLength(cacheRules('/').length);
  });
});
