import { atom, map, onMount } from 'nanostores';
import { withAnswer, type SectionRecord } from '../lib/progress';
import { courseKey, createLearnerStorage, sectionKey, type LearnerStorage, type Persistence } from '../storage/learner-storage';
import type { CourseRecord } from '../storage/records';

/** Section records keyed by `<courseId>/<sectionId>`. */
export const $sections = map<Record<string, SectionRecord>>({});
/** Last visited section per course. */
export const $courses = map<Record<string, CourseRecord>>({});
/** `loading` until storage has answered; then whether changes are being saved. */
export const $persistence = atom<'loading' | Persistence>('loading');
/** Number of stored values that failed validation and were set aside on load. */
export const $setAside = atom(0);

let storage: LearnerStorage | undefined;
const getStorage = () => (storage ??= createLearnerStorage());

let loaded: Promise<void> | undefined;
/** Loads stored progress once, after first paint; pages render their empty state until then. */
function load(): Promise<void> {
  return (loaded ??= getStorage().load().then((snapshot) => {
    $sections.set({ ...snapshot.sections, ...$sections.get() });
    $courses.set({ ...snapshot.courses, ...$courses.get() });
    $setAside.set(snapshot.setAside);
    $persistence.set(getStorage().persistence());
  }));
}
onMount($sections, () => void load());
onMount($courses, () => void load());

/** Records an answer to quick check `index` of a section. */
export async function answerCheck(courseId: string, sectionId: string, index: number, choice: number, correct: boolean): Promise<void> {
  const key = `${courseId}/${sectionId}`;
  const at = Date.now();
  $sections.setKey(key, withAnswer($sections.get()[key], index, choice, correct, at));
  const stored = await getStorage().updateSection(sectionKey(courseId, sectionId), (old) => withAnswer(old, index, choice, correct, at));
  $sections.setKey(key, stored);
  $persistence.set(getStorage().persistence());
}

/** Remembers the section the learner is reading, for "continue where you left off". */
export async function visitSection(courseId: string, sectionId: string): Promise<void> {
  const record = { lastSectionId: sectionId, at: Date.now() };
  $courses.setKey(courseId, record);
  await getStorage().updateCourse(courseKey(courseId), () => record);
  $persistence.set(getStorage().persistence());
}

/** Test hook: replace the storage (e.g. with one backed by a fake IndexedDB). */
export function useStorageForTests(replacement: LearnerStorage): void {
  storage = replacement;
  loaded = undefined;
}
