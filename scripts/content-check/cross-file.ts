import type { ContentProblem } from '../../src/lib/content-error';
import { duplicatePracticeIds, findChallengeProblems, findCourseProblems } from '../../src/lib/course-integrity';
import { checkLinks, type SiteIndex } from '../../src/lib/internal-links';
import { answerBalance, duplicateQuestions, type QuizItem } from '../../src/lib/quiz-balance';
import { closest } from '../../src/lib/closest';
import { courseFolder, fileSlug } from '../../src/lib/content-paths';
import { challengePath, sectionPath } from '../../src/lib/paths';
import type { CheckedFile } from './check-file';

type Question = { id?: string; question: string; options: string[]; answerIndex: number; section?: string };

/**
 * The questions of a file's list field, each with its position. The position is looked up when a problem asks for it:
 * finding it parses the file's YAML again (see lazyLocator), and most questions are never the subject of a problem.
 */
function quizItems(file: CheckedFile, listField: 'quiz' | 'questions'): QuizItem[] {
  const list = (file.data?.[listField] ?? []) as Question[];
  return list.map((q, i) => {
    const at = () => file.locate?.([listField, i, 'question']);
    return { file: file.file, field: `${listField}[${i}]`, ...q, get line() { return at()?.line; }, get column() { return at()?.column; } };
  });
}

/** Suggests the nearest section id, or lists them all when none is close. */
const hintForSection = (id: string, ids: Set<string>) => {
  const near = closest(id, ids);
  return near ? `did you mean "${near}"?` : `use the id of a section of this course (known: ${[...ids].join(', ')})`;
};

/** A section's id as written, even when its frontmatter is otherwise invalid, so references to it still resolve. */
const writtenId = (s: CheckedFile) => (typeof s.raw?.id === 'string' ? s.raw.id : undefined);

const byOrder = (a: CheckedFile, b: CheckedFile) => Number(a.data!.order) - Number(b.data!.order);

/** Section files of each course folder. */
function groupSections(files: CheckedFile[]): Map<string, CheckedFile[]> {
  const groups = new Map<string, CheckedFile[]>();
  for (const f of files.filter((f) => f.kind === 'section')) groups.set(courseFolder(f.entry), [...(groups.get(courseFolder(f.entry)) ?? []), f]);
  return groups;
}

/** Course-level checks: unique ids and orders, known challenges, repeated questions and lopsided answers. */
function courseProblems(course: CheckedFile, sections: CheckedFile[], practice: CheckedFile | undefined, challengeIds: Set<string>): ContentProblem[] {
  if (!course.data) return [];
  const valid = sections.filter((s) => s.data).sort(byOrder);
  if (!sections.length) {
    return [{ file: course.file, field: 'sections', severity: 'warning', message: 'the course has no sections yet', hint: `add one with: npm run new:section -- ${courseFolder(course.entry)} "<title>"` }];
  }
  const quiz = valid.flatMap((s) => quizItems(s, 'quiz'));
  const problems = [
    ...findCourseProblems({ id: courseFolder(course.entry), file: course.file, challenges: course.data.challenges as string[] },
      valid.map((s) => ({ id: String(s.data!.id), order: Number(s.data!.order), file: s.file })), challengeIds),
    ...duplicateQuestions(quiz),
    ...answerBalance(quiz, course.file, 'quick-check'),
  ];
  if (practice?.data) {
    const questions = quizItems(practice, 'questions');
    const ids = new Set(sections.flatMap((s) => writtenId(s) ?? []));
    problems.push(...duplicateQuestions(questions), ...answerBalance(questions, practice.file, 'practice'));
    problems.push(...duplicatePracticeIds(practice.file, practice.data.questions as Question[], practice.locate));
    (practice.data.questions as Question[]).forEach((q, i) => {
      if (ids.has(q.section!)) return;
      problems.push({ file: practice.file, ...practice.locate?.(['questions', i, 'section']), field: `questions[${i}].section`, message: `unknown section "${q.section}"`, hint: hintForSection(String(q.section), ids) });
    });
  }
  return problems;
}

/** Links between sections and challenges, checked against every page the content defines. */
function linkProblems(files: CheckedFile[], index: SiteIndex): ContentProblem[] {
  return files.flatMap((f) => {
    if (f.kind === 'section') return checkLinks(f.links, `/${sectionPath(courseFolder(f.entry), fileSlug(f.entry))}`, f.file, index);
    if (f.kind === 'challenge') return checkLinks(f.links, `/${challengePath(fileSlug(f.entry))}`, f.file, index);
    return [];
  });
}

/** Every check that needs more than one file. */
export function crossFileProblems(files: CheckedFile[]): ContentProblem[] {
  const sectionsByCourse = groupSections(files);
  const courses = new Map(files.filter((f) => f.kind === 'course').map((f) => [courseFolder(f.entry), f]));
  const practice = new Map(files.filter((f) => f.kind === 'practice').map((f) => [courseFolder(f.entry), f]));
  const challenges = files.filter((f) => f.kind === 'challenge');
  const challengeIds = new Set(challenges.map((c) => fileSlug(c.entry)));
  const problems: ContentProblem[] = [];
  for (const [id, sections] of sectionsByCourse) {
    if (courses.has(id)) continue;
    problems.push({ file: sections[0]!.file.replace(/[^/]+$/, 'course.yaml'), field: 'course.yaml', message: `the folder "${id}" has ${sections.length} section file(s) but no course.yaml, so the site ignores them`, hint: `create it with: npm run new:course -- "<title>" (or move the sections into an existing course folder)` });
  }
  for (const [id, course] of courses) problems.push(...courseProblems(course, sectionsByCourse.get(id) ?? [], practice.get(id), challengeIds));
  const sectionIds = new Map([...courses.keys()].map((id) => [id, new Set((sectionsByCourse.get(id) ?? []).flatMap((s) => writtenId(s) ?? []))]));
  for (const c of challenges.filter((c) => c.data)) {
    problems.push(...findChallengeProblems({ file: c.file, course: String(c.data!.course), sections: c.data!.sections as string[] }, sectionIds));
  }
  const index: SiteIndex = {
    courses: new Map([...courses.keys()].map((id) => [id, new Set((sectionsByCourse.get(id) ?? []).map((s) => fileSlug(s.entry)))])),
    challenges: challengeIds,
  };
  return [...problems, ...linkProblems(files, index)];
}
