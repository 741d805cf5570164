import { describe, expect, it } from 'vitest';
import { parseSearchParts, searchPartFolder } from '../../../src/lib/search-parts';

describe('search index parts', () => {
  it('names the first part as the bundle folder itself and the others part-2/, part-3/, ...', () => {
    expect([0, 1, 2].map(searchPartFolder)).toEqual(['', 'part-2/', 'part-3/']);
  });

  it('reads the list of further parts', () => {
    expect(parseSearchParts(['part-2/', 'part-3/'])).toEqual(['part-2/', 'part-3/']);
    expect(parseSearchParts([])).toEqual([]);
  });

  it.each([null, {}, 'part-2/', 42])('reads %j as no further parts', (json) => {
    expect(parseSearchParts(json)).toEqual([]);
  });

  it('names each part once, so a repeated entry cannot repeat results', () => {
    expect(parseSearchParts(['part-2/', 'part-3/', 'part-2/'])).toEqual(['part-2/', 'part-3/']);
  });

  it('drops entries that are not part folders, such as paths out of the bundle', () => {
    expect(parseSearchParts(['part-2/', '../elsewhere/', 'https://evil.example/', 7, 'part-x/'])).toEqual(['part-2/']);
  });
});
