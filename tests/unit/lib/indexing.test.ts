import { describe, expect, it } from 'vitest';
import { isIndexable } from '../../../src/lib/indexing';

describe('isIndexable', () => {
  it('indexes content pages, with or without the origin and a base path', () => {
    for (const page of ['/', '/index.html', '/concepts/', '/concepts.html', '/concepts/course/section/', 'https://example.org/learn/challenges/x/', '/privacy/', '/categories/dsa/']) {
      expect(isIndexable(page), page).toBe(true);
    }
  });

  it('leaves out the 404 page, the learner\'s own pages and whole-course print copies', () => {
    for (const page of ['/404.html', '/404/', '/offline/', '/learn/offline.html', 'https://example.org/404/', '/progress/', '/learn/progress', '/progress.html', '/progress/index.html', '/concepts/course/review/', '/concepts/course/print/', 'https://example.org/learn/concepts/c/print/?x=1']) {
      expect(isIndexable(page), page).toBe(false);
    }
  });

  it('does not mistake a section whose slug merely contains those words', () => {
    expect(isIndexable('/concepts/course/printing-queues/')).toBe(true);
    expect(isIndexable('/concepts/progress-bars/')).toBe(true);
    expect(isIndexable('/concepts/course/practice/')).toBe(true);
  });
});
