import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, get, set, keys, type UseStore } from 'idb-keyval';
import { createLearnerStorage, sectionKey, courseKey } from '../../../src/storage/learner-storage';
import { withAnswer } from '../../../src/lib/progress';

let dbCount = 0;
let store: UseStore;
beforeEach(() => {
  store = createStore(`test-${++dbCount}`, 'learner');
});

const T = 1_700_000_000_000;

describe('learner storage', () => {
  it('saves answers and reads them back in a new session', async () => {
    const first = createLearnerStorage(() => store);
    await first.updateSection(sectionKey('c', 's'), (old) => withAnswer(old, 0, 2, true, T));
    const snapshot = await createLearnerStorage(() => store).load();
    expect(snapshot.sections['c/s']?.checks[0]).toEqual({ choice: 2, correct: true, solved: true, at: T });
    expect(first.persistence()).toBe('saved');
  });

  it('keeps both of two concurrent updates to the same section (read-modify-write in one transaction)', async () => {
    const tabA = createLearnerStorage(() => store);
    const tabB = createLearnerStorage(() => store);
    await Promise.all([
      tabA.updateSection(sectionKey('c', 's'), (old) => withAnswer(old, 0, 1, true, T)),
      tabB.updateSection(sectionKey('c', 's'), (old) => withAnswer(old, 1, 3, true, T)),
    ]);
    const stored = await get(sectionKey('c', 's'), store);
    expect(Object.keys(stored.checks).sort()).toEqual(['0', '1']);
  });

  it('sets aside values that fail validation, keeps the valid ones and counts what it set aside', async () => {
    await set(sectionKey('c', 'good'), withAnswer(undefined, 0, 0, true, T), store);
    await set(sectionKey('c', 'bad'), { checks: 'corrupted' }, store);
    await set(courseKey('c'), { lastSectionId: 42 }, store);
    const snapshot = await createLearnerStorage(() => store).load();
    expect(Object.keys(snapshot.sections)).toEqual(['c/good']);
    expect(snapshot.setAside).toBe(2);
    const all = (await keys(store)).map(String);
    expect(all.filter((k) => k.startsWith('backup:'))).toHaveLength(2);
    expect(all).not.toContain(sectionKey('c', 'bad'));
  });

  it('works in memory when IndexedDB is missing, and says so', async () => {
    const storage = createLearnerStorage(() => undefined);
    const record = await storage.updateSection(sectionKey('c', 's'), (old) => withAnswer(old, 0, 1, true, T));
    expect(record.checks[0]?.solved).toBe(true);
    expect(storage.persistence()).toBe('memory');
    expect((await storage.load()).sections['c/s']?.checks[0]?.solved).toBe(true);
  });

  it('does not wait forever on an open that never answers', async () => {
    const pending: UseStore = () => new Promise(() => {});
    const storage = createLearnerStorage(() => pending, 50);
    const started = Date.now();
    const snapshot = await storage.load();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(snapshot.sections).toEqual({});
    expect(storage.persistence()).toBe('memory');
  });

  it('keeps a refused write (quota exceeded) in memory and reports it', async () => {
    const full: UseStore = async () => { throw new DOMException('full', 'QuotaExceededError'); };
    const storage = createLearnerStorage(() => full, 50);
    const record = await storage.updateSection(sectionKey('c', 's'), (old) => withAnswer(old, 1, 0, false, T));
    expect(record.checks[1]).toMatchObject({ choice: 0, correct: false });
    expect(storage.persistence()).toBe('memory');
    expect((await storage.load()).sections['c/s']?.checks[1]?.choice).toBe(0);
  });

  it('retries once with a fresh connection when the old one was closed', async () => {
    let opens = 0;
    const closed: UseStore = async () => { throw new DOMException('closing', 'InvalidStateError'); };
    const storage = createLearnerStorage(() => (++opens === 1 ? closed : store));
    await storage.updateSection(sectionKey('c', 's'), (old) => withAnswer(old, 0, 1, true, T));
    expect(opens).toBe(2);
    expect(storage.persistence()).toBe('saved');
    expect((await get(sectionKey('c', 's'), store)).checks[0].solved).toBe(true);
  });

  it('remembers the last visited section per course', async () => {
    const storage = createLearnerStorage(() => store);
    await storage.updateCourse(courseKey('c'), () => ({ lastSectionId: 'slow-dependencies', at: T }));
    expect((await createLearnerStorage(() => store).load()).courses.c).toEqual({ lastSectionId: 'slow-dependencies', at: T });
  });
});
