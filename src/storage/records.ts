import type { CheckRecord, SectionRecord } from '../lib/progress';

/** Where the learner was last in a course. */
export interface CourseRecord {
  lastSectionId: string;
  at: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isCheckRecord(v: unknown): v is CheckRecord {
  return isObject(v) && Number.isInteger(v.choice) && (v.choice as number) >= 0 &&
    typeof v.correct === 'boolean' && typeof v.solved === 'boolean' && isTime(v.at);
}

/** True when a value read from storage has the shape of a section record. */
export function isSectionRecord(v: unknown): v is SectionRecord {
  return isObject(v) && isTime(v.updatedAt) && isObject(v.checks) &&
    Object.entries(v.checks).every(([k, c]) => /^\d+$/.test(k) && isCheckRecord(c));
}

/** True when a value read from storage has the shape of a course record. */
export function isCourseRecord(v: unknown): v is CourseRecord {
  return isObject(v) && typeof v.lastSectionId === 'string' && isTime(v.at);
}
