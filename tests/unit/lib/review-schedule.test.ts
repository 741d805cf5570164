import { describe, expect, it } from 'vitest';
import { afterAnswer, BOX_INTERVAL_DAYS, dueIds } from '../../../src/lib/review-schedule';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3);

describe('afterAnswer', () => {
  it('puts a wrongly answered question in the first box, due in one day', () => {
    expect(afterAnswer(undefined, false, NOW)).toEqual({ box: 0, due: NOW + DAY, updatedAt: NOW });
  });
  it('moves a right answer up one box with that box\'s interval', () => {
    let item = afterAnswer(undefined, false, NOW)!;
    const dues: number[] = [];
    for (let box = 1; box < BOX_INTERVAL_DAYS.length; box++) {
      const answeredAt = item.due; // answered when due
      item = afterAnswer(item, true, answeredAt)!;
      expect(item.box).toBe(box);
      dues.push((item.due - answeredAt) / DAY);
    }
    expect(dues).toEqual([3, 7, 14, 30]);
  });
  it('sends a wrong answer back to the first box from any box', () => {
    expect(afterAnswer({ box: 3, due: NOW, updatedAt: 0 }, false, NOW)).toEqual({ box: 0, due: NOW + DAY, updatedAt: NOW });
  });
  it('ignores a right answer given before the question is due, so the spacing cannot be skipped', () => {
    const item = afterAnswer(undefined, false, NOW)!;
    expect(afterAnswer(item, true, NOW + 1000)).toBe(item);
    expect(afterAnswer(item, false, NOW + 1000)).toEqual({ box: 0, due: NOW + 1000 + DAY, updatedAt: NOW + 1000 });
  });
  it('takes a question out of the queue after a right answer in the last box', () => {
    expect(afterAnswer({ box: BOX_INTERVAL_DAYS.length - 1, due: NOW, updatedAt: 0 }, true, NOW)).toBeUndefined();
  });
  it('does not queue a question answered right the first time', () => {
    expect(afterAnswer(undefined, true, NOW)).toBeUndefined();
  });
});

describe('dueIds', () => {
  const items = {
    late: { box: 0, due: NOW - 2 * DAY, updatedAt: 0 },
    now: { box: 1, due: NOW, updatedAt: 0 },
    later: { box: 2, due: NOW + 1, updatedAt: 0 },
    removed: { box: 0, due: NOW - DAY, updatedAt: 0 },
  };
  it('lists due items, most overdue first, leaving out questions removed from the content', () => {
    expect(dueIds(items, NOW, (id) => id !== 'removed')).toEqual(['late', 'now']);
  });
  it('lists nothing before anything is due', () => {
    expect(dueIds(items, NOW - 3 * DAY, () => true)).toEqual([]);
  });
});
