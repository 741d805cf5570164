import { describe, expect, it } from 'vitest';
import { duplicatePracticeIds, findChallengeProblems, findCourseProblems, findPracticeProblems } from '../../../src/lib/course-integrity';
import { fixture, readCourses } from '../../helpers/content-files';

/** Runs the cross-file checks on a fixture content tree, as the catalog does during the build. */
function problemsIn(tree: string, challenges: string[] = []) {
  return readCourses(fixture('courses', tree)).flatMap(({ id, file, course, sections }) =>
    findCourseProblems(
      { id, file, challenges: (course.challenges as string[]) ?? [] },
      sections.map((s) => ({ id: s.data.id as string, order: s.data.order as number, file: s.file })),
      new Set(challenges),
    ));
}

describe('course integrity', () => {
  it('finds nothing wrong in a valid course', () => {
    expect(problemsIn('valid')).toEqual([]);
  });

  it('reports two sections with the same order, naming both files', () => {
    expect(problemsIn('duplicate-order')).toEqual([{
      file: 'concepts/demo/section-2.md',
      field: 'order',
      message: 'order 1 is already used by concepts/demo/section-1.md',
      hint: 'give each section of the course its own order number',
    }]);
  });

  it('reports two sections with the same id', () => {
    const [problem] = problemsIn('duplicate-id');
    expect(problem).toMatchObject({ file: 'concepts/demo/section-2.md', field: 'id', message: 'id "first" is already used by concepts/demo/section-1.md' });
  });

  it('reports an unknown challenge reference with the known ids', () => {
    const [problem] = problemsIn('unknown-challenge', ['slow-checkout']);
    expect(problem).toMatchObject({ file: 'concepts/demo/course.yaml', field: 'challenges[0]', message: 'unknown challenge "no-such-challenge"' });
    expect(problem!.hint).toContain('known: slow-checkout');
  });

  it('reports a challenge that names a section its course does not have', () => {
    const problems = findChallengeProblems({ file: 'challenges/x.md', course: 'demo', sections: ['first', 'missing'] }, new Map([['demo', new Set(['first'])]]));
    expect(problems).toEqual([expect.objectContaining({ field: 'sections[1]', message: 'unknown section "missing" in course "demo"' })]);
  });

  it('reports a challenge whose course does not exist', () => {
    const [problem] = findChallengeProblems({ file: 'challenges/x.md', course: 'nope', sections: ['a'] }, new Map());
    expect(problem).toMatchObject({ field: 'course', message: 'unknown course "nope"' });
  });
});

describe('practice bank integrity', () => {
  const questions = [{ id: 'p-a', section: 'first' }, { id: 'p-b', section: 'gone' }, { id: 'p-a', section: 'first' }];
  it('reports a reused question id, located when the caller can', () => {
    expect(duplicatePracticeIds('practice.yaml', questions, (path) => ({ line: 10 * Number(path[1]) }))).toEqual([
      { file: 'practice.yaml', line: 20, field: 'questions[2].id', message: 'id "p-a" is already used by questions[0]', hint: expect.stringContaining('its own id') },
    ]);
  });
  it('reports reused ids and unknown sections together for the build', () => {
    const fields = findPracticeProblems('practice.yaml', questions, new Set(['first'])).map((p) => p.field);
    expect(fields).toEqual(['questions[2].id', 'questions[1].section']);
  });
});
