import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNSAVED_KEY, canRestore, dropUnsaved, forgetEntries, forgetUnsaved, keepUnsaved, unsavedEntries } from '../../../src/storage/unsaved-writes';
import { fakeStorage } from '../../helpers/fake-storage';

afterEach(() => vi.unstubAllGlobals());
const note = (text: string, updatedAt: number) => ({ text, updatedAt });
const heldOf = (key: string) => unsavedEntries().find((e) => e.key === key)?.held;

describe('unsaved writes', () => {
  it('keeps held changes, with what each was built on, under one localStorage key', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(keepUnsaved('note:c/a', note('a', 10), 5)).toBe(true);
    expect(keepUnsaved('note:c/b', note('b', 20), null)).toBe(true);
    expect([...storage.items.keys()]).toEqual([UNSAVED_KEY]);
    expect(heldOf('note:c/a')).toEqual({ value: note('a', 10), base: 5 });
    expect(heldOf('note:c/b')).toEqual({ value: note('b', 20), base: null });
  });

  it('gives a change built on a held one the base of the first: together they are one change to what is stored', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    keepUnsaved('note:c/a', note('first', 10), 5);
    keepUnsaved('note:c/a', note('second', 11), 10); // built on the held 'first'
    expect(heldOf('note:c/a')).toEqual({ value: note('second', 11), base: 5 });
    keepUnsaved('note:c/a', note('elsewhere', 30), 25); // built on something else
    expect(heldOf('note:c/a')?.base).toBe(25);
  });

  describe('canRestore', () => {
    const held = { value: note('held', 10), base: 5 };
    it.each([
      ['the stored record is the one it was built on', note('old', 5), true],
      ['a step of the same chain was written', note('step', 7), true],
      ['nothing is stored and it was built on nothing', undefined, false],
      ['the held change itself was written', note('held', 10), false],
      ['a newer change was written since', note('newer', 12), false],
      ['the stored record is older than its base', note('older', 3), false],
    ] as const)('%s: %s', (_, stored, expected) => {
      expect(canRestore(held, stored)).toBe(expected);
    });

    it('restores a change built on nothing where nothing is stored', () => {
      expect(canRestore({ value: note('new', 10), base: 0 }, undefined)).toBe(true);
    });

    it('restores a change made without the stored data only where nothing is stored', () => {
      expect(canRestore({ value: note('blind', 10), base: null }, undefined)).toBe(true);
      expect(canRestore({ value: note('blind', 10), base: null }, note('stored', 3))).toBe(false);
    });
  });

  it('forgets a held change only while it is still the value that was written', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    keepUnsaved('note:c/a', note('first', 10), 5);
    keepUnsaved('note:c/a', note('second', 11), 10); // a later change, held while the first was being written
    forgetUnsaved('note:c/a', note('first', 10));
    expect(heldOf('note:c/a')?.value).toEqual(note('second', 11));
    forgetUnsaved('note:c/a', note('second', 11));
    expect(unsavedEntries()).toEqual([]);
  });

  it('forgets entries read earlier unless they changed since, and removes the key once nothing is kept', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    keepUnsaved('note:c/a', note('a', 10), 5);
    keepUnsaved('note:c/b', note('b', 10), 5);
    const read = unsavedEntries();
    keepUnsaved('note:c/b', note('b again', 20), 15); // held by a page while the entries were being restored
    forgetEntries(read);
    expect(unsavedEntries().map((e) => e.key)).toEqual(['note:c/b']);
    forgetEntries(unsavedEntries());
    expect(storage.items.size).toBe(0);
  });

  it('drops chosen keys, or all of them, whatever they hold', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    keepUnsaved('note:c/a', note('a', 1), 0);
    keepUnsaved('note:c/b', note('b', 1), 0);
    dropUnsaved(['note:c/a']);
    expect(unsavedEntries().map((e) => e.key)).toEqual(['note:c/b']);
    dropUnsaved();
    expect(unsavedEntries()).toEqual([]);
  });

  it('lists entries that are not held changes without a held change, so they can be forgotten', () => {
    const storage = fakeStorage();
    storage.items.set(UNSAVED_KEY, JSON.stringify({ 'note:c/a': { text: 'a record, not a held change' }, 'note:c/b': { value: 1, base: 'x' } }));
    vi.stubGlobal('localStorage', storage);
    expect(unsavedEntries().map((e) => e.held)).toEqual([undefined, undefined]);
    forgetEntries(unsavedEntries());
    expect(storage.items.size).toBe(0);
  });

  it.each(['not json', '[1,2]', 'null', '"text"'])('reads a damaged value (%s) as nothing kept, and replaces it on the next change', (damaged) => {
    const storage = fakeStorage();
    storage.items.set(UNSAVED_KEY, damaged);
    vi.stubGlobal('localStorage', storage);
    expect(unsavedEntries()).toEqual([]);
    keepUnsaved('note:c/a', note('a', 1), 0);
    expect(heldOf('note:c/a')?.value).toEqual(note('a', 1));
  });

  it('reports a refused copy when localStorage is blocked, without throwing', () => {
    vi.stubGlobal('localStorage', fakeStorage(true));
    expect(keepUnsaved('note:c/a', note('a', 1), 0)).toBe(false);
    expect(unsavedEntries()).toEqual([]);
    expect(() => forgetUnsaved('note:c/a', note('a', 1))).not.toThrow();
    expect(() => dropUnsaved()).not.toThrow();
  });
});
