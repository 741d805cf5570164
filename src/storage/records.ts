import type { CheckRecord, SectionRecord } from '../lib/progress';
import { kindOf, type KeyKind } from './keys';

/** Where the learner was last in a course, and when each section was last opened. */
export interface CourseRecord {
  lastSectionId: string;
  at: number;
  visited: Record<string, number>;
}

/** The longest note kept; a longer stored one fails validation (and the notes box stops typing there). */
export const NOTE_MAX_LENGTH = 100_000;

/** A learner's note on a section: plain text, never HTML. */
export interface NoteRecord {
  text: string;
  updatedAt: number;
}

/** A practice test in progress and the results kept from finished ones. */
export interface PracticeRecord {
  /** `current`: the position of the question on screen, so a reload returns to it. */
  attempt?: { seed: number; startedAt: number; deadline: number; answers: Record<string, number>; flagged: string[]; current?: number };
  latest?: PracticeResult;
  best?: PracticeResult;
  updatedAt: number;
}

export interface PracticeResult {
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  at: number;
  durationMs: number;
  /** The answer given to each question id (missing = unanswered). */
  answers: Record<string, number>;
  seed: number;
}

/** A missed question waiting for review (Leitner box index and due time). */
export interface ReviewRecord {
  box: number;
  due: number;
  updatedAt: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isIndexMap = (v: unknown) => isObject(v) && Object.values(v).every(isCount);

function isCheckRecord(v: unknown): v is CheckRecord {
  return isObject(v) && isCount(v.choice) && typeof v.correct === 'boolean' && typeof v.solved === 'boolean' &&
    isTime(v.at) && isCount(v.tries) && isCount(v.rightTries) && (v.rightTries as number) <= (v.tries as number);
}

export function isSectionRecord(v: unknown): v is SectionRecord {
  return isObject(v) && isTime(v.updatedAt) && isObject(v.checks) &&
    Object.entries(v.checks).every(([k, c]) => /^\d+$/.test(k) && isCheckRecord(c));
}

export function isCourseRecord(v: unknown): v is CourseRecord {
  return isObject(v) && typeof v.lastSectionId === 'string' && isTime(v.at) && isObject(v.visited) && Object.values(v.visited).every(isTime);
}

export function isNoteRecord(v: unknown): v is NoteRecord {
  return isObject(v) && typeof v.text === 'string' && v.text.length <= NOTE_MAX_LENGTH && isTime(v.updatedAt);
}

function isPracticeResult(v: unknown): v is PracticeResult {
  return isObject(v) && isCount(v.score) && isCount(v.total) && isCount(v.percent) && typeof v.passed === 'boolean' &&
    isTime(v.at) && isTime(v.durationMs) && isIndexMap(v.answers) && isCount(v.seed);
}

function isAttempt(v: unknown): boolean {
  return isObject(v) && isCount(v.seed) && isTime(v.startedAt) && isTime(v.deadline) && isIndexMap(v.answers) &&
    Array.isArray(v.flagged) && v.flagged.every((f) => typeof f === 'string') && (v.current === undefined || isCount(v.current));
}

export function isPracticeRecord(v: unknown): v is PracticeRecord {
  return isObject(v) && isTime(v.updatedAt) && (v.attempt === undefined || isAttempt(v.attempt)) &&
    (v.latest === undefined || isPracticeResult(v.latest)) && (v.best === undefined || isPracticeResult(v.best));
}

export function isReviewRecord(v: unknown): v is ReviewRecord {
  return isObject(v) && isCount(v.box) && isTime(v.due) && isTime(v.updatedAt);
}

const VALIDATORS: Record<KeyKind, (v: unknown) => boolean> = {
  section: isSectionRecord, course: isCourseRecord, note: isNoteRecord, practice: isPracticeRecord, review: isReviewRecord,
};

/** True when `value` is a valid record for `key` in the current schema. */
export function isValidRecord(key: string, value: unknown): boolean {
  const kind = kindOf(key);
  return kind !== undefined && VALIDATORS[kind](value);
}

/** When a record last changed, used to let the newer copy win when merging. */
export function changedAt(value: unknown): number {
  if (!isObject(value)) return 0;
  return [value.updatedAt, value.at].find(isTime) ?? 0;
}

/** The merge rule, per record: an incoming copy replaces a missing, invalid or older stored one (ties keep what is stored). */
export function shouldReplace(key: string, current: unknown, incoming: unknown): boolean {
  return current === undefined || !isValidRecord(key, current) || changedAt(incoming) > changedAt(current);
}
