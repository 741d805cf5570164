import { betterResult, scoreAttempt, type PracticeItem } from '../lib/practice';
import { practiceKey } from '../storage/keys';
import type { PracticeRecord, PracticeResult } from '../storage/records';
import { $records, updateRecord } from './learner';
import { recordReviewAnswer } from './review';

type Attempt = NonNullable<PracticeRecord['attempt']>;

/** Changes the attempt in progress (read-modify-write, so another tab's answers are kept). */
function changeAttempt(courseId: string, change: (attempt: Attempt) => Attempt) {
  const now = Date.now();
  return updateRecord<PracticeRecord>(practiceKey(courseId), (old) =>
    old?.attempt ? { ...old, attempt: change(old.attempt), updatedAt: now } : (old ?? { updatedAt: now }));
}

/** Starts an attempt: the deadline is fixed now, so a reload or a closed tab keeps it. */
export function startAttempt(courseId: string, seed: number, durationMs: number, now = Date.now()) {
  const attempt: Attempt = { seed, startedAt: now, deadline: now + durationMs, answers: {}, flagged: [] };
  return updateRecord<PracticeRecord>(practiceKey(courseId), (old) => ({ ...old, attempt, updatedAt: now }));
}

/** Records the option (original index) chosen for a question. */
export const answerPractice = (courseId: string, questionId: string, option: number) =>
  changeAttempt(courseId, (a) => ({ ...a, answers: { ...a.answers, [questionId]: option } }));

/** Remembers which question is on screen, so a reload or a reopened tab returns to it. */
export const showQuestion = (courseId: string, position: number) => changeAttempt(courseId, (a) => ({ ...a, current: position }));

/** Flags or unflags a question for review before submitting. */
export const toggleFlag = (courseId: string, questionId: string) =>
  changeAttempt(courseId, (a) => ({ ...a, flagged: a.flagged.includes(questionId) ? a.flagged.filter((f) => f !== questionId) : [...a.flagged, questionId] }));

/**
 * Submits the attempt with what was answered: scores it, keeps the latest and best results,
 * and sends wrongly answered questions to the review queue.
 */
export async function submitAttempt(courseId: string, items: PracticeItem[], key: Record<string, number>, passPercent: number, now = Date.now()) {
  // The missed questions go to review at once, beside the result, with the answers on screen: a learner who
  // leaves right after Submit keeps both (each write is held until IndexedDB has it).
  const shown = ($records.get()[practiceKey(courseId)] as PracticeRecord | undefined)?.attempt?.answers ?? {};
  const reviews = items.filter((item) => shown[item.id] !== undefined)
    .map((item) => recordReviewAnswer(courseId, item.id, shown[item.id] === key[item.id], now));
  const record = await updateRecord<PracticeRecord>(practiceKey(courseId), (old) => {
    if (!old?.attempt) return old ?? { updatedAt: now };
    const { attempt } = old;
    const score = scoreAttempt(items, key, attempt.answers, passPercent);
    const at = Math.min(now, attempt.deadline);
    const result: PracticeResult = { score: score.right, total: score.total, percent: score.percent, passed: score.passed, at, durationMs: at - attempt.startedAt, answers: attempt.answers, seed: attempt.seed };
    return { latest: result, best: betterResult(old.best, result), updatedAt: now };
  });
  await Promise.all(reviews);
  return record;
}
