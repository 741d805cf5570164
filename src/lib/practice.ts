import { seededRandom, shuffled } from './shuffle';

/** A practice question as the test runner sees it (no answer: that is scored separately). */
export interface PracticeItem {
  id: string;
  section: string;
  question: string;
  options: string[];
}

/** One question of an attempt: its place in the shuffled order and how its options are shown. */
export interface AttemptQuestion extends PracticeItem {
  /** `order[k]` is the original index of the option shown in position k. */
  order: number[];
}

/** Questions and their options in a shuffled order that depends only on the seed. */
export function arrangeAttempt(items: readonly PracticeItem[], seed: number): AttemptQuestion[] {
  const random = seededRandom(seed);
  return shuffled(items, random).map((item) => ({ ...item, order: shuffled(item.options.map((_, i) => i), random) }));
}

export interface SectionScore {
  section: string;
  right: number;
  total: number;
}

export interface Score {
  right: number;
  total: number;
  percent: number;
  passed: boolean;
  unanswered: number;
  bySection: SectionScore[];
}

/**
 * Scores answers (question id -> original option index) against the key (question id -> correct index).
 * The pass rule: the percentage, rounded down, is at least the pass mark.
 */
export function scoreAttempt(items: readonly PracticeItem[], key: Record<string, number>, answers: Record<string, number>, passPercent: number): Score {
  const sections = new Map<string, SectionScore>();
  let right = 0;
  for (const item of items) {
    const entry = sections.get(item.section) ?? { section: item.section, right: 0, total: 0 };
    entry.total++;
    if (answers[item.id] !== undefined && answers[item.id] === key[item.id]) { right++; entry.right++; }
    sections.set(item.section, entry);
  }
  const percent = items.length ? Math.floor((right / items.length) * 100) : 0;
  const unanswered = items.filter((i) => answers[i.id] === undefined).length;
  return { right, total: items.length, percent, passed: percent >= passPercent, unanswered, bySection: [...sections.values()] };
}

/** Whole seconds left before the deadline, never negative. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** "9:05" for 545 seconds. */
export function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "4 minutes 5 seconds", for screen-reader announcements. */
export function spokenDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return [m && part(m, 'minute'), (s || !m) && part(s, 'second')].filter(Boolean).join(' ');
}

/** Minutes left at which the remaining time is announced. */
export const ANNOUNCE_AT_MINUTES = [5, 1];

/** The announcement due when the clock moves from `before` to `after` seconds left, if any. */
export function announcementBetween(before: number, after: number): string | undefined {
  const crossed = ANNOUNCE_AT_MINUTES.find((m) => before > m * 60 && after <= m * 60);
  return crossed === undefined ? undefined : `${crossed} minute${crossed === 1 ? '' : 's'} left.`;
}

/** The better of two results: higher score, then the earlier one. */
export function betterResult<T extends { score: number; at: number }>(a: T | undefined, b: T): T {
  return !a || b.score > a.score ? b : a;
}
