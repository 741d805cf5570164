import { withAnswer, type SectionRecord } from '../lib/progress';
import { courseKey, sectionKey } from '../storage/keys';
import type { CourseRecord } from '../storage/records';
import { updateRecord } from './learner';

/** Records an answer to quick check `index` of a section. */
export function answerCheck(courseId: string, sectionId: string, index: number, choice: number, correct: boolean): Promise<SectionRecord> {
  const at = Date.now();
  return updateRecord<SectionRecord>(sectionKey(courseId, sectionId), (old) => withAnswer(old, index, choice, correct, at));
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
