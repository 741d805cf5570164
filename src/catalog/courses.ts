import { getCollection, type CollectionEntry } from 'astro:content';
import { countWords, readingMinutes, readingPart } from '../lib/reading-time';
import { findChallengeProblems, findCourseProblems, findPracticeProblems } from '../lib/course-integrity';
import { ContentError } from '../lib/content-error';
import { CATEGORIES } from '../schemas/course';
import type { Course } from '../schemas/course';
import type { QuickCheck } from '../schemas/quick-check';
import { editUrl } from '../lib/page-source';
import { contentDir } from '../lib/content-paths';
import { REPOSITORY } from '../site-config';
import { lastCommitDates } from './git-history';

/** A section as pages and islands see it: plain data, no collection entry. */
export interface SectionSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  order: number;
  minutes: number;
  checks: number;
  hasCode: boolean;
}

export interface ChallengeSummary {
  id: string;
  title: string;
  summary: string;
}

/** Everything a page needs to show a course, computed once per build. */
export interface CourseOutline extends Omit<Course, 'challenges'> {
  id: string;
  categoryLabel: string;
  sections: SectionSummary[];
  challenges: ChallengeSummary[];
  practice: { minutes: number; passPercent: number; questions: number; ids: string[] };
  totals: { sections: number; minutes: number; checks: number; challenges: number; units: number };
}

/** Where a page's text comes from: the file to edit and when it last changed (ISO date; absent without git history). */
export interface PageSource {
  editUrl: string;
  updated?: string;
}

/** Default practice-test length for a course without a practice bank yet. */
const DEFAULT_PRACTICE = { minutes: 10, passPercent: 70, questions: 0, ids: [] };

type SectionEntry = CollectionEntry<'sections'>;

function summarise(entry: SectionEntry): SectionSummary {
  const words = countWords(readingPart(entry.body ?? ''));
  return {
    id: entry.data.id,
    slug: entry.id.split('/')[1]!,
    title: entry.data.title,
    summary: entry.data.summary,
    order: entry.data.order,
    minutes: readingMinutes(words),
    checks: entry.data.quiz.length,
    hasCode: entry.data.code,
  };
}

async function buildCatalog() {
  const [courses, sections, practice, challenges] = await Promise.all([
    getCollection('courses'), getCollection('sections'), getCollection('practice'), getCollection('challenges'),
  ]);
  const challengeIds = new Set(challenges.map((c) => c.id));
  const dates = lastCommitDates(contentDir());
  const sourceOf = (entry: { filePath?: string }): PageSource => ({ editUrl: editUrl(REPOSITORY, entry.filePath ?? ''), updated: dates.get(entry.filePath ?? '') });
  const problems = [];
  const sectionIdsByCourse = new Map<string, Set<string>>();
  const entriesByCourse = new Map<string, SectionEntry[]>();
  for (const course of courses) {
    const own = sections.filter((s) => s.id.startsWith(`${course.id}/`)).sort((a, b) => a.data.order - b.data.order);
    entriesByCourse.set(course.id, own);
    sectionIdsByCourse.set(course.id, new Set(own.map((s) => s.data.id)));
    problems.push(...findCourseProblems(
      { id: course.id, file: course.filePath ?? course.id, challenges: course.data.challenges },
      own.map((s) => ({ id: s.data.id, order: s.data.order, file: s.filePath ?? s.id })),
      challengeIds,
    ));
  }
  for (const bank of practice) {
    const known = sectionIdsByCourse.get(bank.id);
    if (known) problems.push(...findPracticeProblems(bank.filePath ?? bank.id, bank.data.questions, known));
  }
  for (const challenge of challenges) {
    problems.push(...findChallengeProblems({ file: challenge.filePath ?? challenge.id, ...challenge.data }, sectionIdsByCourse));
  }
  if (problems.length) throw new ContentError(problems);

  const outlines: CourseOutline[] = courses.map((course) => {
    const summaries = entriesByCourse.get(course.id)!.map(summarise);
    const bank = practice.find((p) => p.id === course.id)?.data;
    const linked = course.data.challenges.map((id) => challenges.find((c) => c.id === id)!);
    return {
      ...course.data,
      id: course.id,
      categoryLabel: CATEGORIES[course.data.category],
      sections: summaries,
      challenges: linked.map((c) => ({ id: c.id, title: c.data.title, summary: c.data.summary })),
      practice: bank ? { minutes: bank.minutes, passPercent: bank.passPercent, questions: bank.questions.length, ids: bank.questions.map((q) => q.id) } : DEFAULT_PRACTICE,
      totals: {
        sections: summaries.length,
        minutes: summaries.reduce((sum, s) => sum + s.minutes, 0),
        checks: summaries.reduce((sum, s) => sum + s.checks, 0),
        challenges: linked.length,
        units: summaries.length + 1,
      },
    };
  });
  return { outlines, entriesByCourse, challenges, sourceOf };
}

let catalog: ReturnType<typeof buildCatalog> | undefined;
/** Loads and checks all content once per build. */
const loadCatalog = () => (catalog ??= buildCatalog());

/** Every course, in title order. */
export async function listCourses(): Promise<CourseOutline[]> {
  return [...(await loadCatalog()).outlines].sort((a, b) => a.title.localeCompare(b.title));
}

/** What a section page needs: its place in the course, its quiz, and the entry to render. */
export interface SectionPage {
  course: CourseOutline;
  section: SectionSummary;
  index: number;
  previous?: SectionSummary;
  next?: SectionSummary;
  quiz: QuickCheck[];
  entry: SectionEntry;
  source: PageSource;
}

/** Every section page of every course. */
export async function listSectionPages(): Promise<SectionPage[]> {
  const { outlines, entriesByCourse, sourceOf } = await loadCatalog();
  return outlines.flatMap((course) =>
    entriesByCourse.get(course.id)!.map((entry, index) => ({
      course,
      section: course.sections[index]!,
      index,
      previous: course.sections[index - 1],
      next: course.sections[index + 1],
      quiz: entry.data.quiz,
      entry,
      source: sourceOf(entry),
    })),
  );
}

/** The practice bank of every course that has one. */
export async function listPracticeBanks() {
  const { outlines } = await loadCatalog();
  const banks = await getCollection('practice');
  return banks.flatMap((bank) => {
    const course = outlines.find((c) => c.id === bank.id);
    return course ? [{ course, practice: bank.data }] : [];
  });
}

/** Every challenge with its related sections resolved to links. */
export async function listChallenges() {
  const { outlines, challenges, sourceOf } = await loadCatalog();
  return challenges.map((entry) => {
    const course = outlines.find((c) => c.id === entry.data.course)!;
    const related = entry.data.sections.map((id) => course.sections.find((s) => s.id === id)!);
    return { id: entry.id, data: entry.data, course, related, entry, source: sourceOf(entry) };
  });
}
