import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNSAVED_KEY, dropUnsaved, forgetUnsaved, keepUnsaved, unsavedEntries } from '../../../src/storage/unsaved-writes';
import { fakeStorage } from '../../helpers/fake-storage';

afterEach(() => vi.unstubAllGlobals());
const note = (text: string, updatedAt: number) => ({ text, updatedAt });

describe('unsaved writes', () => {
  it('keeps copies under one localStorage key and lists them', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(keepUnsaved('note:c/a', note('a', 1))).toBe(true);
    expect(keepUnsaved('note:c/b', note('b', 2))).toBe(true);
    expect([...storage.items.keys()]).toEqual([UNSAVED_KEY]);
    expect(unsavedEntries()).toEqual([['note:c/a', note('a', 1)], ['note:c/b', note('b', 2)]]);
  });

  it('forgets a copy only while it still holds the value that was written', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    keepUnsaved('note:c/a', note('first', 1));
    keepUnsaved('note:c/a', note('second', 2)); // a later change, kept while the first was being written
    forgetUnsaved('note:c/a', note('first', 1));
    expect(unsavedEntries()).toEqual([['note:c/a', note('second', 2)]]);
    forgetUnsaved('note:c/a', note('second', 2));
    expect(unsavedEntries()).toEqual([]);
  });

  it('removes the localStorage key once nothing is kept', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    keepUnsaved('note:c/a', note('a', 1));
    forgetUnsaved('note:c/a', note('a', 1));
    expect(storage.items.size).toBe(0);
  });

  it('drops chosen keys, or all of them, whatever they hold', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    keepUnsaved('note:c/a', note('a', 1));
    keepUnsaved('note:c/b', note('b', 1));
    dropUnsaved(['note:c/a']);
    expect(unsavedEntries().map(([k]) => k)).toEqual(['note:c/b']);
    dropUnsaved();
    expect(unsavedEntries()).toEqual([]);
  });

  it.each(['not json', '[1,2]', 'null', '"text"'])('reads a damaged value (%s) as nothing kept, and replaces it on the next change', (damaged) => {
    const storage = fakeStorage();
    storage.items.set(UNSAVED_KEY, damaged);
    vi.stubGlobal('localStorage', storage);
    expect(unsavedEntries()).toEqual([]);
    keepUnsaved('note:c/a', note('a', 1));
    expect(unsavedEntries()).toEqual([['note:c/a', note('a', 1)]]);
  });

  it('reports a refused copy when localStorage is blocked, without throwing', () => {
    vi.stubGlobal('localStorage', fakeStorage(true));
    expect(keepUnsaved('note:c/a', note('a', 1))).toBe(false);
    expect(unsavedEntries()).toEqual([]);
    expect(() => forgetUnsaved('note:c/a', note('a', 1))).not.toThrow();
    expect(() => dropUnsaved()).not.toThrow();
  });
});
