import { accuracy, courseProgress, nextSection, withAnswer, type SectionRecord, type UnitSummary } from '../lib/progress';
import { courseKey, courseOf, kindOf, noteKey, practiceKey, sectionKey } from '../storage/keys';
import type { CourseRecord, NoteRecord, PracticeRecord } from '../storage/records';
import { $records, heldKeys, removeRecords, updateRecord } from './learner';
import { quickCheckQuestionId, recordReviewAnswer, reviewItems } from './review';
import { dueIds } from '../lib/review-schedule';

/** Records an answer to quick check `index` of a section, and moves it through the review queue. */
export async function answerCheck(courseId: string, sectionId: string, index: number, choice: number, correct: boolean): Promise<SectionRecord> {
  const at = Date.now();
  // Both writes start at once, so leaving the page right after answering loses as little as possible.
  const [record] = await Promise.all([
    updateRecord<SectionRecord>(sectionKey(courseId, sectionId), (old) => withAnswer(old, index, choice, correct, at)),
    recordReviewAnswer(courseId, quickCheckQuestionId(sectionId, index), correct, at),
  ]);
  return record;
}

/** Remembers the section the learner is reading, for "continue where you left off". */
export function visitSection(courseId: string, sectionId: string): Promise<CourseRecord> {
  const at = Date.now();
  return updateRecord<CourseRecord>(courseKey(courseId), (old) => ({ lastSectionId: sectionId, at, visited: { ...old?.visited, [sectionId]: at } }));
}

/** A course's section records keyed by section id, picked out of all records. */
export function courseSectionRecords(records: Record<string, unknown>, courseId: string): Record<string, SectionRecord> {
  const prefix = sectionKey(courseId, '');
  const result: Record<string, SectionRecord> = {};
  for (const [key, value] of Object.entries(records)) if (key.startsWith(prefix)) result[key.slice(prefix.length)] = value as SectionRecord;
  return result;
}

/** What the learner sees about one course they have started. */
export interface CourseSummary {
  started: boolean;
  progress: ReturnType<typeof courseProgress>;
  accuracy: number | undefined;
  last?: { id: string; title: string; href: string };
  next?: { id: string; title: string; href: string };
  notes: Array<{ sectionId: string; title: string; href: string; text: string; updatedAt: number }>;
  /** Questions due for review now, and queued for later. */
  review: { due: number; queued: number };
}

/** The outline data a summary needs (plain data from the catalog). */
export interface OutlineForSummary {
  id: string;
  practiceMinutes: number;
  /** Ids of the practice questions, so review items of removed questions are not counted. */
  practiceIds: string[];
  sections: Array<UnitSummary & { title: string; href: string }>;
}

/** Summarises a course from all learner records; records of sections no longer in the outline are ignored. */
export function summariseCourse(records: Record<string, unknown>, course: OutlineForSummary, now = Date.now()): CourseSummary {
  const sections = courseSectionRecords(records, course.id);
  const visit = records[courseKey(course.id)] as CourseRecord | undefined;
  const practice = records[practiceKey(course.id)] as PracticeRecord | undefined;
  const inOutline = (id: string) => course.sections.find((s) => s.id === id);
  const notes = course.sections.flatMap((s) => {
    const note = records[noteKey(course.id, s.id)] as NoteRecord | undefined;
    return note?.text.trim() ? [{ sectionId: s.id, title: s.title, href: s.href, text: note.text, updatedAt: note.updatedAt }] : [];
  });
  const lastSection = visit ? inOutline(visit.lastSectionId) : undefined;
  const next = nextSection(course.sections, sections, visit?.lastSectionId);
  const queue = Object.fromEntries(Object.entries(reviewItems(records)).filter(([k]) => k.startsWith(`${course.id}/`)).map(([k, v]) => [k.slice(course.id.length + 1), v]));
  const exists = questionExists(course);
  return {
    started: visit !== undefined || notes.length > 0 || course.sections.some((s) => sections[s.id]),
    progress: courseProgress(course.sections, sections, { minutes: course.practiceMinutes, passed: practice?.best?.passed === true }),
    accuracy: accuracy(course.sections.map((s) => sections[s.id])),
    last: lastSection && { id: lastSection.id, title: lastSection.title, href: lastSection.href },
    next: next && { id: next.id, title: next.title, href: next.href },
    notes,
    review: { due: dueIds(queue, now, exists).length, queued: Object.keys(queue).filter(exists).length },
  };
}

/** Whether a review question id still names a quick check or practice question of the course. */
export function questionExists(course: OutlineForSummary): (id: string) => boolean {
  return (id) => {
    const [sectionId, index] = id.split('#');
    if (index === undefined) return course.practiceIds.includes(id);
    const section = course.sections.find((s) => s.id === sectionId);
    return section !== undefined && Number(index) < section.checks;
  };
}

/** Keys a course reset removes: progress, position, practice and review, but not notes. */
export function courseProgressKeys(keys: Iterable<string>, courseId: string): string[] {
  return [...new Set(keys)].filter((key) => courseOf(key) === courseId && kindOf(key) !== 'note');
}

/**
 * Resets a course's progress (not its notes), including changes another tab held but never saw written,
 * which would otherwise come back on the next page.
 */
export function resetCourseProgress(courseId: string): Promise<void> {
  return removeRecords(courseProgressKeys([...Object.keys($records.get()), ...heldKeys()], courseId));
}
