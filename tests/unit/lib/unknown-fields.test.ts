import { describe, expect, it } from 'vitest';
import { describeUnknownField, findUnknownFields } from '../../../src/lib/unknown-fields';
import { closest, editDistance } from '../../../src/lib/closest';
import { authoredShape } from '../../../src/schemas/documents';

describe('findUnknownFields', () => {
  const shape = authoredShape('section');

  it('finds misspelt fields at the top and inside quick checks', () => {
    const data = { id: 'a', sumary: 'x', quiz: [{ question: 'q', options: [], answer: 'A', explanation: 'e', explanaton: 'typo' }] };
    const found = findUnknownFields(data, shape);
    expect(found.map((f) => [f.path, f.suggestion])).toEqual([[['sumary'], 'summary'], [['quiz', 0, 'explanaton'], 'explanation']]);
    expect(describeUnknownField(found[1]!)).toEqual({ field: 'quiz[0].explanaton', message: 'unknown field "explanaton"; the site would ignore it', hint: 'did you mean "explanation"?' });
  });

  it('lists the known fields when nothing is close', () => {
    const [field] = findUnknownFields({ author: 'me' }, authoredShape('course'));
    expect(describeUnknownField(field!).hint).toBe('remove it, or use one of: title, summary, category, level, challenges');
  });

  it('accepts every known field', () => {
    expect(findUnknownFields({ id: 'a', title: 't', summary: 's', order: 1, code: true, quiz: [] }, shape)).toEqual([]);
  });
});

describe('closest', () => {
  it('measures edits and suggests only likely typos', () => {
    expect(editDistance('sumary', 'summary')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('ordr', ['order', 'title'])).toBe('order');
    expect(closest('author', ['order', 'title', 'summary'])).toBeUndefined();
  });
});
