import { describe, expect, it } from 'vitest';
import { fieldName, fieldPath, positionProblems, problemsFromIssues } from '../../../src/lib/zod-problems';
import { parseYamlSource } from '../../../src/lib/yaml-source';
import { sectionSchema } from '../../../src/schemas/section';

describe('zod problems', () => {
  it('turns field names back into paths', () => {
    for (const path of [['quiz', 1, 'answer'], ['order'], ['questions', 0, 'options', 3]]) expect(fieldPath(fieldName(path))).toEqual(path);
    expect(fieldPath('code block')).toEqual([]);
  });

  it('positions schema issues at their field and says when a field is missing', () => {
    const yaml = parseYamlSource('id: a\ntitle: ""\nsummary: S\nquiz:\n  - question: Q\n    options: [x, y]\n    answer: C\n    explanation: E\n', 'f.md');
    const result = sectionSchema.safeParse(yaml.data);
    const problems = problemsFromIssues('f.md', result.error!.issues, yaml.locate);
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'title', line: 2, column: 8, message: 'Title is empty; write the title' }),
      expect.objectContaining({ field: 'order', line: 1, message: 'order is missing (order must be a whole number such as 3)', hint: expect.stringContaining('add "order:"') }),
      expect.objectContaining({ field: 'quiz[0].answer', line: 7, column: 13 }),
    ]));
  });

  it('adds positions to problems that carry only a field name', () => {
    const yaml = parseYamlSource('title: T\nchallenges:\n  - a\n  - b\n', 'c.yaml');
    const [placed, other] = positionProblems([
      { file: 'c.yaml', field: 'challenges[1]', message: 'm', hint: 'h' },
      { file: 'x.md', field: 'order', message: 'm', hint: 'h' },
    ], new Map([['c.yaml', yaml.locate]]));
    expect(placed).toMatchObject({ line: 4, column: 5 });
    expect(other!.line).toBeUndefined();
  });
});
