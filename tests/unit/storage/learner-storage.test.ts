import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, get, set, keys, type UseStore } from 'idb-keyval';
import { createLearnerStorage } from '../../../src/storage/learner-storage';
import { courseKey, noteKey, sectionKey, VERSION_KEY } from '../../../src/storage/keys';
import { SCHEMA_VERSION } from '../../../src/storage/migrations';
import { withAnswer, type SectionRecord } from '../../../src/lib/progress';
import { UNSAVED_KEY, keepUnsaved, unsavedEntries } from '../../../src/storage/unsaved-writes';
import { fakeStorage } from '../../helpers/fake-storage';

let dbCount = 0;
let store: UseStore;
beforeEach(() => {
  store = createStore(`test-${++dbCount}`, 'learner');
  vi.stubGlobal('localStorage', fakeStorage());
});
afterEach(() => vi.unstubAllGlobals());

const T = 1_700_000_000_000;
const answer = (index: number, choice: number, correct: boolean) => (old: SectionRecord | undefined) => withAnswer(old, index, choice, correct, T);

describe('learner storage', () => {
  it('saves answers and reads them back in a new session, stamping the schema version', async () => {
    const first = createLearnerStorage(() => store);
    await first.load();
    await first.update(sectionKey('c', 's'), answer(0, 2, true));
    const snapshot = await createLearnerStorage(() => store).load();
    expect(snapshot.records[sectionKey('c', 's')]).toEqual({ checks: { 0: { choice: 2, correct: true, solved: true, at: T, tries: 1, rightTries: 1 } }, updatedAt: T });
    expect(await get(VERSION_KEY, store)).toBe(SCHEMA_VERSION);
    expect(first.persistence()).toBe('saved');
  });

  it('keeps both of two concurrent updates to the same section (read-modify-write in one transaction)', async () => {
    const tabA = createLearnerStorage(() => store);
    const tabB = createLearnerStorage(() => store);
    await Promise.all([tabA.update(sectionKey('c', 's'), answer(0, 1, true)), tabB.update(sectionKey('c', 's'), answer(1, 3, true))]);
    const stored = (await get(sectionKey('c', 's'), store)) as SectionRecord;
    expect(Object.keys(stored.checks).sort()).toEqual(['0', '1']);
  });

  it('sets aside corrupted and hand-edited values, keeps the valid ones and counts what it set aside', async () => {
    await set(VERSION_KEY, SCHEMA_VERSION, store);
    await set(sectionKey('c', 'good'), withAnswer(undefined, 0, 0, true, T), store);
    await set(sectionKey('c', 'bad'), { checks: 'corrupted' }, store);
    await set(noteKey('c', 'good'), { text: 42, updatedAt: T }, store);
    const snapshot = await createLearnerStorage(() => store).load();
    expect(Object.keys(snapshot.records)).toEqual([sectionKey('c', 'good')]);
    expect(snapshot.setAside).toBe(2);
    const all = (await keys(store)).map(String);
    expect(all.filter((k) => k.startsWith('backup:')).sort()).toEqual([expect.stringMatching(/^backup:\d+:note:c\/good$/), expect.stringMatching(/^backup:\d+:section:c\/bad$/)]);
    expect(all).not.toContain(sectionKey('c', 'bad'));
    expect(await get([...all].find((k) => k.endsWith('section:c/bad'))!, store)).toEqual({ checks: 'corrupted' });
  });

  it('migrates version 1 data on load and writes it back once', async () => {
    await set(VERSION_KEY, 1, store);
    await set(sectionKey('c', 's'), { checks: { 0: { choice: 1, correct: true, solved: true, at: T } }, updatedAt: T }, store);
    await set(courseKey('c'), { lastSectionId: 's', at: T }, store);
    const snapshot = await createLearnerStorage(() => store).load();
    expect(snapshot.setAside).toBe(0);
    expect((snapshot.records[sectionKey('c', 's')] as SectionRecord).checks[0]).toMatchObject({ tries: 1, rightTries: 1 });
    expect(await get(courseKey('c'), store)).toEqual({ lastSectionId: 's', at: T, visited: { s: T } });
    expect(await get(VERSION_KEY, store)).toBe(SCHEMA_VERSION);
  });

  it('reads what it can of data from a future version without rewriting it in the older format', async () => {
    await set(VERSION_KEY, SCHEMA_VERSION + 1, store);
    await set(sectionKey('c', 'old-shape'), withAnswer(undefined, 0, 0, true, T), store);
    await set(sectionKey('c', 'new-shape'), { checks: {}, updatedAt: T, reviewedBy: ['x'], v: 'three' }, store);
    await set(sectionKey('c', 'unreadable'), { answers: [1, 2] }, store);
    const snapshot = await createLearnerStorage(() => store).load();
    expect(Object.keys(snapshot.records).sort()).toEqual([sectionKey('c', 'new-shape'), sectionKey('c', 'old-shape')]);
    expect(snapshot).toMatchObject({ setAside: 0, fromNewerVersion: 1 });
    // What this version cannot read stays in place for the newer version, not moved to a backup.
    expect(await get(sectionKey('c', 'unreadable'), store)).toEqual({ answers: [1, 2] });
    expect(await get(VERSION_KEY, store)).toBe(SCHEMA_VERSION + 1);
  });

  it.each([0, -1, 1.5, 'two'])('treats a corrupt schema version (%s) as the first version instead of failing', async (version) => {
    await set(VERSION_KEY, version, store);
    await set(sectionKey('c', 's'), { checks: { 0: { choice: 1, correct: true, solved: true, at: T } }, updatedAt: T }, store);
    const storage = createLearnerStorage(() => store);
    const snapshot = await storage.load();
    expect((snapshot.records[sectionKey('c', 's')] as SectionRecord).checks[0]).toMatchObject({ tries: 1, rightTries: 1 });
    expect(await get(VERSION_KEY, store)).toBe(SCHEMA_VERSION);
    expect(storage.persistence()).toBe('saved');
  });

  it('builds a second change on the first while storage is slow to answer', async () => {
    const pending: UseStore = () => new Promise(() => {});
    const storage = createLearnerStorage(() => pending, 50);
    await Promise.all([storage.update(sectionKey('c', 's'), answer(0, 1, true)), storage.update(sectionKey('c', 's'), answer(1, 2, true))]);
    const record = (await storage.all())[0]?.[1] as SectionRecord;
    expect(Object.keys(record.checks).sort()).toEqual(['0', '1']);
  });

  it('builds on a change another tab made once told about it, even in memory', async () => {
    const storage = createLearnerStorage(() => undefined);
    storage.remember(sectionKey('c', 's'), withAnswer(undefined, 0, 1, true, T));
    const record = await storage.update(sectionKey('c', 's'), answer(1, 2, true));
    expect(Object.keys(record.checks).sort()).toEqual(['0', '1']);
  });

  it('clears everything on "reset everything", set-aside backups included', async () => {
    await set(sectionKey('c', 'bad'), { nonsense: true }, store);
    const storage = createLearnerStorage(() => store);
    await storage.load();
    await storage.update(noteKey('c', 's'), () => ({ text: 'x', updatedAt: T }));
    expect((await keys(store)).some((k) => String(k).startsWith('backup:'))).toBe(true);
    await storage.clearAll();
    expect(await keys(store)).toEqual([]);
    expect(await storage.all()).toEqual([]);
  });

  it('works in memory when IndexedDB is missing, and says so', async () => {
    const storage = createLearnerStorage(() => undefined);
    const record = await storage.update(sectionKey('c', 's'), answer(0, 1, true));
    expect(record.checks[0]?.solved).toBe(true);
    expect(storage.persistence()).toBe('memory');
    expect((await storage.all()).map(([k]) => k)).toEqual([sectionKey('c', 's')]);
  });

  it('does not wait forever on an open that never answers', async () => {
    const pending: UseStore = () => new Promise(() => {});
    const storage = createLearnerStorage(() => pending, 50);
    const started = Date.now();
    const snapshot = await storage.load();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(snapshot.records).toEqual({});
    expect(storage.persistence()).toBe('memory');
    await storage.update(sectionKey('c', 's'), answer(0, 1, true));
    expect(Date.now() - started).toBeLessThan(1000); // later writes go straight to memory, without waiting again
  });

  it('keeps a refused write (quota exceeded) in memory and reports it', async () => {
    const full: UseStore = async () => { throw new DOMException('full', 'QuotaExceededError'); };
    const storage = createLearnerStorage(() => full, 50);
    const record = await storage.update(sectionKey('c', 's'), answer(1, 0, false));
    expect(record.checks[1]).toMatchObject({ choice: 0, correct: false });
    expect(storage.persistence()).toBe('memory');
    expect((await storage.all())[0]?.[1]).toEqual(record);
  });

  it('retries once with a fresh connection when the old one was closed', async () => {
    let opens = 0;
    const closed: UseStore = async () => { throw new DOMException('closing', 'InvalidStateError'); };
    const storage = createLearnerStorage(() => (++opens === 1 ? closed : store));
    await storage.update(sectionKey('c', 's'), answer(0, 1, true));
    expect(opens).toBe(2);
    expect(storage.persistence()).toBe('saved');
    expect(((await get(sectionKey('c', 's'), store)) as SectionRecord).checks[0]?.solved).toBe(true);
  });

  it('gives up after one retry when the fresh connection is closed too', async () => {
    const closed: UseStore = async () => { throw new DOMException('closing', 'InvalidStateError'); };
    let opens = 0;
    const storage = createLearnerStorage(() => { opens++; return closed; });
    await storage.update(sectionKey('c', 's'), answer(0, 1, true));
    expect(opens).toBe(2);
    expect(storage.persistence()).toBe('memory');
  });

  it('removes records on reset', async () => {
    const storage = createLearnerStorage(() => store);
    await storage.update(sectionKey('c', 's'), answer(0, 1, true));
    await storage.update(noteKey('c', 's'), () => ({ text: 'keep?', updatedAt: T }));
    await storage.remove([sectionKey('c', 's')]);
    expect((await storage.all()).map(([k]) => k)).toEqual([noteKey('c', 's')]);
  });

  it('merges imported records in one transaction: newer wins, older and equal copies are skipped', async () => {
    const storage = createLearnerStorage(() => store);
    await storage.update(noteKey('c', 'a'), () => ({ text: 'stored, newer', updatedAt: T + 10 }));
    await storage.update(noteKey('c', 'b'), () => ({ text: 'stored, older', updatedAt: T }));
    const written = await storage.merge([
      [noteKey('c', 'a'), { text: 'imported, older', updatedAt: T }],
      [noteKey('c', 'b'), { text: 'imported, newer', updatedAt: T + 10 }],
      [noteKey('c', 'c'), { text: 'imported, new', updatedAt: T }],
    ]);
    expect(written.map(([k]) => k)).toEqual([noteKey('c', 'b'), noteKey('c', 'c')]);
    expect(await get(noteKey('c', 'a'), store)).toMatchObject({ text: 'stored, newer' });
    expect(await get(noteKey('c', 'b'), store)).toMatchObject({ text: 'imported, newer' });
  });

  describe('changes held until IndexedDB has them', () => {
    const key = sectionKey('c', 's');
    const checksOf = (record: unknown) => Object.keys((record as SectionRecord).checks).sort();
    const stored = () => get(key, store) as Promise<SectionRecord | undefined>;

    it('restores a change whose page was left before its write committed, writes it and forgets the copy', async () => {
      const before = withAnswer(undefined, 0, 1, true, T);
      await set(key, before, store);
      keepUnsaved(key, withAnswer(before, 1, 2, true, T + 5), T); // built on the stored record; the page is gone
      const snapshot = await createLearnerStorage(() => store).load();
      expect(checksOf(snapshot.records[key])).toEqual(['0', '1']);
      expect(checksOf(await stored())).toEqual(['0', '1']);
      expect(unsavedEntries()).toEqual([]);
    });

    it('never lets a page that had not read the stored data replace it (storage loading, or unavailable)', async () => {
      await set(key, withAnswer(withAnswer(undefined, 0, 1, true, T), 1, 2, true, T), store);
      keepUnsaved(key, withAnswer(undefined, 0, 3, false, T + 5), null); // answered on a page that saw no records
      const snapshot = await createLearnerStorage(() => store).load();
      expect(checksOf(snapshot.records[key])).toEqual(['0', '1']);
      expect((await stored())!.checks[0]?.choice).toBe(1);
      expect(unsavedEntries()).toEqual([]);
    });

    it('restores a change made without stored data where nothing is stored', async () => {
      keepUnsaved(key, withAnswer(undefined, 0, 2, true, T), null);
      const snapshot = await createLearnerStorage(() => store).load();
      expect(checksOf(snapshot.records[key])).toEqual(['0']);
      expect(checksOf(await stored())).toEqual(['0']);
    });

    it('keeps what another tab wrote after the held change was built, and forgets the stale copy', async () => {
      const base = withAnswer(undefined, 0, 1, true, T);
      await set(key, withAnswer(base, 2, 0, true, T + 10), store); // another tab, later
      keepUnsaved(key, withAnswer(base, 1, 2, true, T + 5), T);
      const snapshot = await createLearnerStorage(() => store).load();
      expect(checksOf(snapshot.records[key])).toEqual(['0', '2']);
      expect(unsavedEntries()).toEqual([]);
    });

    it('restores the rest of a chain of changes when only its first step was written', async () => {
      const page = createLearnerStorage(() => store);
      await page.load();
      const first = withAnswer(undefined, 0, 1, true, T);
      page.hold(key, first, 0);
      await page.update(key, (old: SectionRecord | undefined) => withAnswer(old, 0, 1, true, T), first); // written
      page.hold(key, withAnswer(first, 1, 2, true, T + 1), T); // the page is gone before this one is written
      const snapshot = await createLearnerStorage(() => store).load();
      expect(checksOf(snapshot.records[key])).toEqual(['0', '1']);
    });

    it('restores two changes in a row when neither was written (the second built on the first)', async () => {
      const original = withAnswer(undefined, 2, 0, true, T - 10);
      await set(key, original, store);
      const page = createLearnerStorage(() => store);
      await page.load();
      const first = withAnswer(original, 0, 1, true, T);
      page.hold(key, first, T - 10);
      page.hold(key, withAnswer(first, 1, 2, true, T + 1), T); // built on the first, which IndexedDB never got
      const snapshot = await createLearnerStorage(() => store).load();
      expect(checksOf(snapshot.records[key])).toEqual(['0', '1', '2']);
    });

    it('does not apply a change twice when another tab restored it while its own write was pending', async () => {
      const tabA = createLearnerStorage(() => store);
      await tabA.load();
      const change = (old: SectionRecord | undefined) => withAnswer(old, 0, 2, true, T);
      const shown = change(undefined);
      const held = tabA.hold(key, shown, 0);
      await createLearnerStorage(() => store).load(); // tab B opens a page and restores A's held answer
      const record = await tabA.update(key, change, shown);
      held.release();
      expect(record.checks[0]).toMatchObject({ tries: 1, rightTries: 1 });
      expect((await stored())!.checks[0]).toMatchObject({ tries: 1, rightTries: 1 });
    });

    it("leaves this page's own change in flight to its own write when loading", async () => {
      const storage = createLearnerStorage(() => store);
      const change = (old: SectionRecord | undefined) => withAnswer(old, 0, 2, true, T);
      const held = storage.hold(key, change(undefined), null); // answered before storage finished loading
      await storage.load();
      const record = await storage.update(key, change, change(undefined));
      held.release();
      expect(record.checks[0]?.tries).toBe(1);
      expect(unsavedEntries()).toEqual([]);
    });

    it('without IndexedDB, shows held changes from an earlier page and keeps them, the only copy', async () => {
      keepUnsaved(key, withAnswer(undefined, 0, 2, true, T), null);
      const storage = createLearnerStorage(() => undefined);
      const snapshot = await storage.load();
      expect(Object.keys(snapshot.records)).toEqual([key]);
      storage.hold(key, withAnswer(undefined, 1, 0, true, T + 1), null).release();
      expect(unsavedEntries().map((e) => e.key)).toEqual([key]);
    });

    it('forgets entries that are not valid held changes once IndexedDB has answered', async () => {
      keepUnsaved(key, { checks: 'nonsense' }, 0);
      localStorage.setItem(UNSAVED_KEY, JSON.stringify({ ...JSON.parse(localStorage.getItem(UNSAVED_KEY)!), 'note:c/x': 'junk' }));
      const snapshot = await createLearnerStorage(() => store).load();
      expect(snapshot.records).toEqual({});
      expect(snapshot.setAside).toBe(0);
      expect(localStorage.getItem(UNSAVED_KEY)).toBeNull();
    });

    it('drops a held change under a record that an import replaced, so the import stands', async () => {
      const storage = createLearnerStorage(() => store);
      await storage.load();
      await set(key, withAnswer(undefined, 0, 1, true, T), store);
      keepUnsaved(key, withAnswer(undefined, 0, 2, true, T + 20), T); // a lost write, built on the old record
      await storage.merge([[key, withAnswer(withAnswer(undefined, 0, 1, true, T + 10), 1, 1, true, T + 10)]]);
      expect(unsavedEntries()).toEqual([]);
      expect(checksOf((await createLearnerStorage(() => store).load()).records[key])).toEqual(['0', '1']);
    });

    it('drops held copies on reset, so a reset record does not come back', async () => {
      const storage = createLearnerStorage(() => store);
      keepUnsaved(key, withAnswer(undefined, 0, 2, true, T), 0);
      keepUnsaved(noteKey('c', 's'), { text: 'x', updatedAt: T }, 0);
      await storage.remove([key]);
      expect(unsavedEntries().map((e) => e.key)).toEqual([noteKey('c', 's')]);
      await storage.clearAll();
      expect(unsavedEntries()).toEqual([]);
      expect((await createLearnerStorage(() => store).load()).records).toEqual({});
    });
  });
});
