/**
 * Spaced review of missed questions with Leitner boxes. A wrong answer puts a question in the first
 * box; a right one moves it up a box, but only once it is due (so answering again right after seeing the
 * answer does not skip the spacing); a right answer in the last box takes it out of the queue.
 */
export const BOX_INTERVAL_DAYS = [1, 3, 7, 14, 30] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewItem {
  box: number;
  due: number;
  updatedAt: number;
}

/**
 * The review item after an answer, or undefined when the question leaves (or never enters) the queue.
 * A right answer to a question that is not in the queue changes nothing.
 */
export function afterAnswer(item: ReviewItem | undefined, correct: boolean, now: number): ReviewItem | undefined {
  if (!correct) return { box: 0, due: now + BOX_INTERVAL_DAYS[0] * DAY_MS, updatedAt: now };
  if (!item) return undefined;
  if (now < item.due) return item;
  const box = item.box + 1;
  if (box >= BOX_INTERVAL_DAYS.length) return undefined;
  return { box, due: now + BOX_INTERVAL_DAYS[box]! * DAY_MS, updatedAt: now };
}

/** Ids of items due at `now`, oldest due first; items whose question no longer exists are left out. */
export function dueIds(items: Record<string, ReviewItem>, now: number, exists: (id: string) => boolean): string[] {
  return Object.entries(items)
    .filter(([id, item]) => item.due <= now && exists(id))
    .sort(([, a], [, b]) => a.due - b.due)
    .map(([id]) => id);
}
