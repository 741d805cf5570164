import { describe, expect, it } from 'vitest';
import { accuracy, courseProgress, isSectionDone, nextSection, sectionStatusText, solvedCount, withAnswer, type SectionRecord } from '../../../src/lib/progress';

const T = 1_700_000_000_000;
const answered = (...results: boolean[]): SectionRecord =>
  results.reduce<SectionRecord | undefined>((r, correct, i) => withAnswer(r, i, 0, correct, T), undefined)!;

describe('withAnswer', () => {
  it('records the choice, the result and the time', () => {
    const r = withAnswer(undefined, 1, 2, true, T);
    expect(r.checks[1]).toEqual({ choice: 2, correct: true, solved: true, at: T, tries: 1, rightTries: 1 });
    expect(r.updatedAt).toBe(T);
  });
  it('keeps a check solved after a later wrong retry', () => {
    const r = withAnswer(withAnswer(undefined, 0, 1, true, T), 0, 3, false, T + 1);
    expect(r.checks[0]).toMatchObject({ choice: 3, correct: false, solved: true });
  });
  it('counts tries and right tries across retries', () => {
    const r = withAnswer(withAnswer(withAnswer(undefined, 0, 1, false, T), 0, 2, true, T), 0, 1, false, T);
    expect(r.checks[0]).toMatchObject({ tries: 3, rightTries: 1 });
  });
  it('does not touch the other checks', () => {
    const r = withAnswer(withAnswer(undefined, 0, 1, true, T), 1, 0, false, T);
    expect(r.checks[0]?.solved).toBe(true);
    expect(r.checks[1]?.solved).toBe(false);
  });
});

describe('isSectionDone', () => {
  it('is done only when every check was answered correctly', () => {
    expect(isSectionDone(answered(true, true), 2)).toBe(true);
    expect(isSectionDone(answered(true, false), 2)).toBe(false);
    expect(isSectionDone(answered(true), 2)).toBe(false);
    expect(isSectionDone(undefined, 2)).toBe(false);
  });
  it('ignores answers to checks the section no longer has', () => {
    expect(solvedCount(answered(true, true, true), 2)).toBe(2);
  });
  it('never counts a section without checks as done', () => {
    expect(isSectionDone(answered(), 0)).toBe(false);
  });
});

describe('sectionStatusText', () => {
  it('counts solved checks until all are solved, then says the section is done', () => {
    expect(sectionStatusText(undefined, 2)).toBe('Answer the quiz to continue (0 of 2 quick checks correct).');
    const one = withAnswer(undefined, 0, 1, true, 1);
    expect(sectionStatusText(one, 2)).toBe('Answer the quiz to continue (1 of 2 quick checks correct).');
    expect(sectionStatusText(withAnswer(one, 1, 0, true, 2), 2)).toBe('Section done: every quick check answered correctly.');
  });
});

describe('courseProgress', () => {
  const sections = [
    { id: 'a', minutes: 2, checks: 2 },
    { id: 'b', minutes: 3, checks: 2 },
    { id: 'c', minutes: 2, checks: 1 },
  ];
  it('counts the practice test as a unit and its minutes as left', () => {
    expect(courseProgress(sections, {}, { minutes: 10, passed: false })).toEqual({ done: 0, total: 4, percent: 0, minutesLeft: 17 });
  });
  it('subtracts done sections from the minutes left', () => {
    const p = courseProgress(sections, { a: answered(true, true), b: answered(true) }, { minutes: 10, passed: false });
    expect(p).toEqual({ done: 1, total: 4, percent: 25, minutesLeft: 15 });
  });
  it('ignores records of sections removed from the course', () => {
    const p = courseProgress(sections, { gone: answered(true, true) }, { minutes: 10, passed: false });
    expect(p.done).toBe(0);
  });
  it('reaches 100% when everything including the practice test is done', () => {
    const all = { a: answered(true, true), b: answered(true, true), c: answered(true) };
    expect(courseProgress(sections, all, { minutes: 10, passed: true })).toEqual({ done: 4, total: 4, percent: 100, minutesLeft: 0 });
  });
});

describe('nextSection', () => {
  const sections = ['a', 'b', 'c'].map((id) => ({ id, minutes: 2, checks: 1 }));
  it('starts at the first section for a new learner', () => {
    expect(nextSection(sections, {}, undefined)?.id).toBe('a');
  });
  it('returns to the last visited section while it is unfinished', () => {
    expect(nextSection(sections, {}, 'b')?.id).toBe('b');
  });
  it('moves past a finished last section, wrapping to earlier gaps', () => {
    expect(nextSection(sections, { b: answered(true), c: answered(true) }, 'b')?.id).toBe('a');
  });
  it('falls back to the start when the last section no longer exists', () => {
    expect(nextSection(sections, {}, 'removed')?.id).toBe('a');
  });
  it('returns nothing when every section is done', () => {
    const all = { a: answered(true), b: answered(true), c: answered(true) };
    expect(nextSection(sections, all, 'c')).toBeUndefined();
  });
});

describe('accuracy', () => {
  it('is the share of right answers over all tries, in percent', () => {
    const a = withAnswer(withAnswer(undefined, 0, 1, false, T), 0, 2, true, T);
    const b = withAnswer(undefined, 0, 0, true, T);
    expect(accuracy([a, b, undefined])).toBe(67);
  });
  it('is undefined before any answer', () => {
    expect(accuracy([])).toBeUndefined();
    expect(accuracy([undefined])).toBeUndefined();
  });
});
