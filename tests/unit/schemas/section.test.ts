import { describe, expect, it } from 'vitest';
import { sectionSchema } from '../../../src/schemas/section';
import { problemsFromIssues } from '../../../src/lib/zod-problems';
import { fixture, readMarkdown } from '../../helpers/content-files';

/** Validates a fixture's frontmatter and returns the problems as authors would read them. */
function problemsIn(name: string) {
  const { data } = readMarkdown(fixture('sections', name));
  const result = sectionSchema.safeParse(data);
  return result.success ? [] : problemsFromIssues(`tests/fixtures/sections/${name}`, result.error.issues);
}

describe('section schema', () => {
  it('accepts a valid section and normalises the answer letter to an index', () => {
    const { data } = readMarkdown(fixture('sections', 'valid.md'));
    const section = sectionSchema.parse(data);
    expect(section.quiz[0]!.answerIndex).toBe(0);
    expect(section.code).toBe(true);
  });

  it('gives titles, summaries and quiz text the typographic quotes and dashes that prose gets', () => {
    const { data } = readMarkdown(fixture('sections', 'valid.md'));
    const quiz = [{ question: 'What does "timeout" mean here?', options: ["the server's reply", 'a 2--3 s wait'], answer: 'A', explanation: 'It means... nothing more.' }];
    const section = sectionSchema.parse({ ...data, title: 'Don\'t "retry"', summary: 'Wait---then give up.', quiz });
    expect(section.title).toBe('Don\u2019t \u201cretry\u201d');
    expect(section.summary).toBe('Wait\u2014then give up.');
    expect(section.quiz[0]).toMatchObject({ question: 'What does \u201ctimeout\u201d mean here?', options: ['the server\u2019s reply', 'a 2\u20133 s wait'], explanation: 'It means\u2026 nothing more.' });
  });

  it('rejects a correct answer that is not among the options', () => {
    const [problem, ...rest] = problemsIn('answer-not-an-option.md');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'tests/fixtures/sections/answer-not-an-option.md', field: 'quiz[0].answer' });
    expect(problem!.message).toBe('answer "E" is not among the 4 options (expected a letter from A to D)');
  });

  it('rejects fewer than 2 options', () => {
    const problems = problemsIn('too-few-options.md');
    expect(problems.map((p) => p.field)).toContain('quiz[0].options');
    expect(problems.find((p) => p.field === 'quiz[0].options')!.message).toBe('needs at least 2 options, found 1');
  });

  it('rejects duplicate option text, ignoring case', () => {
    const problems = problemsIn('duplicate-option.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'quiz[0].options[2]' });
    expect(problems[0]!.message).toContain('option C repeats option A ("connect timeout")');
  });

  it('rejects an empty title', () => {
    const problems = problemsIn('empty-title.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'title', message: 'Title is empty; write the title' });
  });

  it('rejects a non-kebab-case id, a missing order and a bad answer letter in one pass', () => {
    const result = sectionSchema.safeParse({ id: 'Bad Id', title: 'T', summary: 'S', quiz: [{ question: 'Q', options: ['a', 'b'], answer: '2', explanation: 'E' }] });
    expect(result.success).toBe(false);
    const fields = problemsFromIssues('f.md', result.error!.issues).map((p) => p.field).sort();
    expect(fields).toEqual(['id', 'order', 'quiz[0].answer']);
  });

  it('rejects a summary that does not fit on one line', () => {
    const result = sectionSchema.safeParse({ id: 'a', title: 'T', summary: 'x'.repeat(161), order: 1, quiz: [{ question: 'Q', options: ['a', 'b'], answer: 'A', explanation: 'E' }] });
    expect(result.error?.issues[0]?.message).toBe('summary must fit on one line (at most 160 characters)');
  });
});
