import { describe, expect, it } from 'vitest';
import { courseProgressKeys, questionExists, summariseCourse } from '../../../src/stores/progress';
import { courseKey, noteKey, practiceKey, reviewKey, sectionKey } from '../../../src/storage/keys';
import { withAnswer } from '../../../src/lib/progress';

const T = 1_700_000_000_000;
const course = {
  id: 'c',
  practiceMinutes: 10,
  practiceIds: ['p-one', 'p-two'],
  sections: ['a', 'b'].map((id) => ({ id, minutes: 2, checks: 1, title: `Section ${id}`, href: `/c/${id}/` })),
};

describe('summariseCourse', () => {
  it('reports a course nobody opened as not started', () => {
    expect(summariseCourse({}, course)).toMatchObject({ started: false, accuracy: undefined, notes: [], progress: { done: 0, total: 3, minutesLeft: 14 } });
  });

  it('combines done sections, accuracy, last visit, next section and notes', () => {
    const records = {
      [sectionKey('c', 'a')]: withAnswer(withAnswer(undefined, 0, 1, false, T), 0, 2, true, T),
      [courseKey('c')]: { lastSectionId: 'a', at: T, visited: { a: T } },
      [noteKey('c', 'b')]: { text: 'Ask about p99', updatedAt: T },
      [noteKey('c', 'a')]: { text: '   ', updatedAt: T },
    };
    const s = summariseCourse(records, course);
    expect(s.started).toBe(true);
    expect(s.progress).toEqual({ done: 1, total: 3, percent: 33, minutesLeft: 12 });
    expect(s.accuracy).toBe(50);
    expect(s.last).toEqual({ id: 'a', title: 'Section a', href: '/c/a/' });
    expect(s.next?.id).toBe('b');
    expect(s.notes.map((n) => n.text)).toEqual(['Ask about p99']);
  });

  it('counts a passed practice test as a done unit', () => {
    const best = { score: 25, total: 30, percent: 83, passed: true, at: T, durationMs: 1, answers: {}, seed: 1 };
    expect(summariseCourse({ [practiceKey('c')]: { best, updatedAt: T } }, course).progress.done).toBe(1);
  });

  it('ignores progress and notes of sections that left the course, without losing them', () => {
    const records = { [sectionKey('c', 'gone')]: withAnswer(undefined, 0, 0, true, T), [noteKey('c', 'gone')]: { text: 'old', updatedAt: T } };
    const s = summariseCourse(records, course);
    expect(s.progress.done).toBe(0);
    expect(s.notes).toEqual([]);
    expect(s.accuracy).toBeUndefined();
  });
});

describe('courseProgressKeys', () => {
  it('selects the course progress but keeps notes and other courses', () => {
    const records = { [sectionKey('c', 'a')]: 1, [courseKey('c')]: 1, [practiceKey('c')]: 1, [reviewKey('c', 'a#0')]: 1, [noteKey('c', 'a')]: 1, [sectionKey('other', 'a')]: 1 };
    expect(courseProgressKeys([...Object.keys(records), sectionKey('c', 'a')], 'c').sort()).toEqual([courseKey('c'), practiceKey('c'), reviewKey('c', 'a#0'), sectionKey('c', 'a')].sort());
  });
});

describe('review counts', () => {
  const NOW = T + 10 * 86_400_000;
  it('counts due and queued review items, leaving out questions that no longer exist', () => {
    const records = {
      [reviewKey('c', 'a#0')]: { box: 0, due: NOW - 1, updatedAt: T },
      [reviewKey('c', 'p-one')]: { box: 1, due: NOW + 1, updatedAt: T },
      [reviewKey('c', 'a#5')]: { box: 0, due: NOW - 1, updatedAt: T },
      [reviewKey('c', 'p-removed')]: { box: 0, due: NOW - 1, updatedAt: T },
      [reviewKey('other', 'a#0')]: { box: 0, due: NOW - 1, updatedAt: T },
    };
    expect(summariseCourse(records, course, NOW).review).toEqual({ due: 1, queued: 2 });
  });
  it('knows which review ids name a question of the course', () => {
    const exists = questionExists(course);
    expect(['a#0', 'b#0', 'a#1', 'gone#0', 'p-two', 'p-x'].map(exists)).toEqual([true, true, false, false, true, false]);
  });
});
