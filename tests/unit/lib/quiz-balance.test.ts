import { describe, expect, it } from 'vitest';
import { answerBalance, duplicateQuestions, type QuizItem } from '../../../src/lib/quiz-balance';

const item = (i: number, answerIndex: number, options = ['aaaa', 'bbbb', 'cccc', 'dddd']): QuizItem =>
  ({ file: `concepts/c/s${i}.md`, field: 'quiz[0]', line: 9, column: 15, question: `Question ${i}?`, options, answerIndex });

describe('duplicateQuestions', () => {
  it('reports a question asked again, ignoring case and punctuation, naming the first', () => {
    const items = [item(1, 0), { ...item(2, 1), question: 'question 1' }, item(3, 2)];
    expect(duplicateQuestions(items)).toEqual([expect.objectContaining({
      file: 'concepts/c/s2.md', line: 9, column: 15, field: 'quiz[0].question',
      message: 'the question "question 1" is already asked in quiz[0] of s1.md',
    })]);
  });
});

describe('answerBalance', () => {
  const even = Array.from({ length: 12 }, (_, i) => item(i, i % 4));

  it('says nothing about an even spread, or about too few questions to judge', () => {
    expect(answerBalance(even, 'course.yaml', 'quick-check')).toEqual([]);
    expect(answerBalance(even.slice(0, 7).map((q) => ({ ...q, answerIndex: 1 })), 'course.yaml', 'quick-check')).toEqual([]);
  });

  it('warns when one letter is right much more often than the others', () => {
    const leaning = even.map((q, i) => ({ ...q, answerIndex: i < 6 ? 1 : i % 4 }));
    const [warning] = answerBalance(leaning, 'course.yaml', 'quick-check');
    expect(warning).toMatchObject({ severity: 'warning', file: 'course.yaml', message: 'the correct answers lean on B: 7 of 12 quick-check questions (A 1 · B 7 · C 2 · D 2)' });
  });

  it('warns when the correct option is usually the longest, but not at chance level', () => {
    const longest = (q: QuizItem) => ({ ...q, options: q.options.map((o, i) => (i === q.answerIndex ? `${o} and much longer` : o)) });
    expect(answerBalance(even.map((q, i) => (i < 4 ? longest(q) : q)), 'c', 'quick-check')).toEqual([]);
    const [warning] = answerBalance(even.map((q, i) => (i < 5 ? longest(q) : q)), 'c', 'quick-check');
    expect(warning!.message).toBe('the correct option is the longest one in 5 of 12 quick-check questions, so length gives the answer away');
  });
});
