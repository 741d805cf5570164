import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingPart, WORDS_PER_MINUTE } from '../../../src/lib/reading-time';

describe('countWords', () => {
  it('counts prose words', () => {
    expect(countWords('A slow dependency holds a thread.')).toBe(6);
  });
  it('leaves out fenced code, HTML diagrams and link targets', () => {
    const md = 'Two words\n\n```python\nimport requests\nrequests.get(url, timeout=2)\n```\n\n<figure><svg><text>API server</text></svg><figcaption>Caption text</figcaption></figure>\n\nSee [the docs](https://example.com/a/b).';
    expect(countWords(md)).toBe(5);
  });
  it('ignores Markdown punctuation and list markers', () => {
    expect(countWords('## Heading here\n\n- **bold** item\n- > quoted')).toBe(5);
  });
  it('returns 0 for empty text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\n ---  ')).toBe(0);
  });
});

describe('readingPart', () => {
  it('stops at the ## Code heading', () => {
    expect(readingPart('Read this.\n\n## Code\n\nNot this.')).toBe('Read this.\n\n');
  });
  it('keeps everything when there is no Code part', () => {
    expect(readingPart('## Coding style\n\nAll of it.')).toBe('## Coding style\n\nAll of it.');
  });
});

describe('readingMinutes', () => {
  it('rounds to the nearest minute at the stated speed', () => {
    expect(readingMinutes(WORDS_PER_MINUTE * 2)).toBe(2);
    expect(readingMinutes(WORDS_PER_MINUTE * 2.4)).toBe(2);
    expect(readingMinutes(WORDS_PER_MINUTE * 2.5)).toBe(3);
  });
  it('never says 0 minutes', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(10)).toBe(1);
  });
});
