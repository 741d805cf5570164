import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from '../lib/reading-time';
import { sectionReadingWords } from './rendered-aside';
import { findChallengeProblems, findCourseProblems, findPracticeProblems } from '../lib/course-integrity';
import { ContentError } from '../lib/content-error';
import { challengesBySection, sectionRefKey } from '../lib/challenge-links';
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

/** A challenge as lists show it. */
export interface ChallengeSummary {
  id: string;
  title: string;
  summary: string;
  level: string;
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
  return {
    id: entry.data.id,
    slug: entry.id.split('/')[1]!,
    title: entry.data.title,
    summary: entry.data.summary,
    order: entry.data.order,
    minutes: readingMinutes(sectionReadingWords(entry)),
    checks: entry.data.quiz.length,
    hasCode: entry.data.code,
  };
}

type ChallengeEntry = CollectionEntry<'challenges'>;

const challengeSummary = (c: ChallengeEntry): ChallengeSummary => ({ id: c.id, title: c.data.title, summary: c.data.summary, level: c.data.level });

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
  const byFolder = Map.groupBy(sections, (s) => s.id.slice(0, s.id.indexOf('/')));
  for (const course of courses) {
    const own = (byFolder.get(course.id) ?? []).sort((a, b) => a.data.order - b.data.order);
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
      challenges: linked.map(challengeSummary),
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

/** What a section page needs: its place in the course, its quiz, the entry to render and the challenges that draw on it. */
export interface SectionPage {
  course: CourseOutline;
  section: SectionSummary;
  index: number;
  previous?: SectionSummary;
  next?: SectionSummary;
  quiz: QuickCheck[];
  entry: SectionEntry;
  source: PageSource;
  challenges: ChallengeSummary[];
}

let sectionPages: Promise<SectionPage[]> | undefined;
/** Every section page of every course, computed once per build (the print pages ask for them again per course). */
export const listSectionPages = (): Promise<SectionPage[]> => (sectionPages ??= sectionPagesOfCatalog());

let pagesByCourse: Promise<Map<string, SectionPage[]>> | undefined;
/** The section pages of one course, in course order. */
export async function listCourseSectionPages(courseId: string): Promise<SectionPage[]> {
  pagesByCourse ??= listSectionPages().then((pages) => Map.groupBy(pages, (page) => page.course.id));
  return (await pagesByCourse).get(courseId) ?? [];
}

async function sectionPagesOfCatalog(): Promise<SectionPage[]> {
  const { outlines, entriesByCourse, challenges, sourceOf } = await loadCatalog();
  const ordered = orderChallenges(outlines, challenges);
  const bySection = challengesBySection(ordered.map((c) => ({ id: c.id, course: c.data.course, sections: c.data.sections })));
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
      challenges: (bySection.get(sectionRefKey(course.id, entry.data.id)) ?? []).map((id) => challengeSummary(ordered.find((c) => c.id === id)!)),
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

/** Challenges in display order: each course's own order first (courses by title), then any no course lists, by title. */
function orderChallenges(outlines: CourseOutline[], challenges: ChallengeEntry[]): ChallengeEntry[] {
  const listed = [...outlines].sort((a, b) => a.title.localeCompare(b.title)).flatMap((o) => o.challenges.map((c) => c.id));
  const rest = challenges.filter((c) => !listed.includes(c.id)).sort((a, b) => a.data.title.localeCompare(b.data.title));
  return [...new Set(listed)].map((id) => challenges.find((c) => c.id === id)!).concat(rest);
}

/** A category with its courses, for the category pages and the catalog filter. */
export interface CategoryListing {
  id: keyof typeof CATEGORIES;
  label: string;
  courses: CourseOutline[];
}

/** Every category, in the order CATEGORIES gives, with its courses (possibly none). */
export async function listCategories(): Promise<CategoryListing[]> {
  const courses = await listCourses();
  return (Object.keys(CATEGORIES) as (keyof typeof CATEGORIES)[]).map((id) => ({
    id, label: CATEGORIES[id], courses: courses.filter((c) => c.category === id),
  }));
}

/** Every challenge, in display order, with its course and related sections resolved. */
export async function listChallenges() {
  const { outlines, challenges, sourceOf } = await loadCatalog();
  return orderChallenges(outlines, challenges).map((entry) => {
    const course = outlines.find((c) => c.id === entry.data.course)!;
    const related = entry.data.sections.map((id) => course.sections.find((s) => s.id === id)!);
    return { id: entry.id, data: entry.data, summary: challengeSummary(entry), course, related, entry, source: sourceOf(entry) };
  });
}
