import { afterAnswer, type ReviewItem } from '../lib/review-schedule';
import { kindOf, reviewKey } from '../storage/keys';
import { $records, removeRecords, updateRecord } from './learner';

/** The review id of a quick check: its section id and position. */
export const quickCheckQuestionId = (sectionId: string, index: number) => `${sectionId}#${index}`;

/** Moves a question through the review boxes after an answer (wrong: into box 1; right: up a box or out). */
export async function recordReviewAnswer(courseId: string, questionId: string, correct: boolean, now = Date.now()): Promise<void> {
  const key = reviewKey(courseId, questionId);
  const current = $records.get()[key] as ReviewItem | undefined;
  const next = afterAnswer(current, correct, now);
  if (next === current) return; // a right answer before the item is due changes nothing
  if (next) await updateRecord<ReviewItem>(key, (old) => afterAnswer(old, correct, now) ?? next);
  else if (current) await removeRecords([key]);
}

/** Review items keyed by `<course>/<question id>`. */
export function reviewItems(records: Record<string, unknown>): Record<string, ReviewItem> {
  const items: Record<string, ReviewItem> = {};
  for (const [key, value] of Object.entries(records)) if (kindOf(key) === 'review') items[key.slice('review:'.length)] = value as ReviewItem;
  return items;
}
