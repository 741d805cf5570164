import type { ContentProblem } from './content-error';

/** The facts about a section that cross-file checks need. */
export interface SectionFacts {
  id: string;
  order: number;
  file: string;
}

/** The facts about a course that cross-file checks need. */
export interface CourseFacts {
  id: string;
  file: string;
  challenges: string[];
}

/** Reports every value that appears in more than one section, naming both files. */
function duplicates(sections: SectionFacts[], field: 'id' | 'order'): ContentProblem[] {
  const firstSeen = new Map<string | number, SectionFacts>();
  const problems: ContentProblem[] = [];
  for (const section of sections) {
    const value = section[field];
    const first = firstSeen.get(value);
    if (!first) {
      firstSeen.set(value, section);
      continue;
    }
    problems.push({
      file: section.file,
      field,
      message: `${field} ${JSON.stringify(value)} is already used by ${first.file}`,
      hint: field === 'order' ? 'give each section of the course its own order number' : 'give each section its own id (progress is stored under it)',
    });
  }
  return problems;
}

/** Cross-file checks for one course: unique section ids and orders, and challenge references that resolve. */
export function findCourseProblems(course: CourseFacts, sections: SectionFacts[], challengeIds: Set<string>): ContentProblem[] {
  const problems = [...duplicates(sections, 'id'), ...duplicates(sections, 'order')];
  course.challenges.forEach((id, i) => {
    if (challengeIds.has(id)) return;
    problems.push({
      file: course.file,
      field: `challenges[${i}]`,
      message: `unknown challenge "${id}"`,
      hint: `use the file name of a challenge in content/challenges/ (known: ${[...challengeIds].sort().join(', ') || 'none'})`,
    });
  });
  return problems;
}

/** Checks that a challenge's related sections exist in its course. */
export function findChallengeProblems(
  challenge: { file: string; course: string; sections: string[] },
  sectionIdsByCourse: Map<string, Set<string>>,
): ContentProblem[] {
  const known = sectionIdsByCourse.get(challenge.course);
  if (!known) {
    return [{ file: challenge.file, field: 'course', message: `unknown course "${challenge.course}"`, hint: `use the folder name of a course in content/concepts/ (known: ${[...sectionIdsByCourse.keys()].join(', ')})` }];
  }
  return challenge.sections.flatMap((id, i) =>
    known.has(id)
      ? []
      : [{ file: challenge.file, field: `sections[${i}]`, message: `unknown section "${id}" in course "${challenge.course}"`, hint: 'use the id of a section of that course' }],
  );
}

/** Where a field is in its source file, when the caller can tell. */
type Locate = (path: Array<string | number>) => { line?: number; column?: number } | undefined;

/** Reports every practice question whose id an earlier question already uses (review progress is stored under it). */
export function duplicatePracticeIds(file: string, questions: Array<{ id?: string }>, locate?: Locate): ContentProblem[] {
  const seen = new Map<string, number>();
  return questions.flatMap((q, i) => {
    const first = seen.get(String(q.id));
    if (first === undefined) {
      seen.set(String(q.id), i);
      return [];
    }
    return [{ file, ...locate?.(['questions', i, 'id']), field: `questions[${i}].id`, message: `id "${q.id}" is already used by questions[${first}]`, hint: 'give every practice question its own id (review progress is stored under it)' }];
  });
}

/** Checks a practice bank: unique question ids, and sections that exist in the course. */
export function findPracticeProblems(file: string, questions: Array<{ id: string; section: string }>, sectionIds: Set<string>): ContentProblem[] {
  const unknown = questions.flatMap((q, i) => sectionIds.has(q.section) ? [] :
    [{ file, field: `questions[${i}].section`, message: `unknown section "${q.section}"`, hint: `use the id of a section of this course (${[...sectionIds].slice(0, 3).join(', ')}, ...)` }]);
  return [...duplicatePracticeIds(file, questions), ...unknown];
}
