import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTE_DRAFT_PREFIX, clearDraft, draftToRestore, readDraft, saveDraft } from '../../../src/storage/note-drafts';
import { NOTE_MAX_LENGTH } from '../../../src/storage/records';
import { fakeStorage } from '../../helpers/fake-storage';

const KEY = 'note:course/section';
afterEach(() => vi.unstubAllGlobals());

describe('note drafts', () => {
  it('keeps typed text under its own key until it is cleared', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(saveDraft(KEY, 'half a thought', 1000)).toBe(true);
    expect([...storage.items.keys()]).toEqual([`${NOTE_DRAFT_PREFIX}${KEY}`]);
    expect(readDraft(KEY)).toEqual({ text: 'half a thought', updatedAt: 1000 });
    clearDraft(KEY);
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('ignores a draft that is not JSON, has the wrong shape or is longer than a note may be', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    for (const bad of ['{not json', '"text"', '{"text": 3, "updatedAt": 1}', '{"text": "x"}', JSON.stringify({ text: 'x'.repeat(NOTE_MAX_LENGTH + 1), updatedAt: 1 })]) {
      storage.items.set(`${NOTE_DRAFT_PREFIX}${KEY}`, bad);
      expect(readDraft(KEY), bad.slice(0, 20)).toBeUndefined();
    }
  });

  it('never throws when storage is blocked, and says the draft was not kept', () => {
    vi.stubGlobal('localStorage', fakeStorage(true));
    expect(saveDraft(KEY, 'text')).toBe(false);
    expect(readDraft(KEY)).toBeUndefined();
    expect(() => clearDraft(KEY)).not.toThrow();
  });
});

describe('draftToRestore', () => {
  const note = { text: 'stored', updatedAt: 2000 };

  it('restores a draft typed after the stored note was saved, or when there is no stored note', () => {
    expect(draftToRestore({ text: 'newer', updatedAt: 3000 }, note)).toEqual({ text: 'newer', updatedAt: 3000 });
    expect(draftToRestore({ text: 'first words', updatedAt: 1 }, undefined)).toEqual({ text: 'first words', updatedAt: 1 });
  });

  it('keeps the stored note when it is newer (another tab saved since) or already holds the draft', () => {
    expect(draftToRestore({ text: 'older', updatedAt: 1000 }, note)).toBeUndefined();
    expect(draftToRestore({ text: 'stored', updatedAt: 5000 }, note)).toBeUndefined();
    expect(draftToRestore(undefined, note)).toBeUndefined();
  });
});
