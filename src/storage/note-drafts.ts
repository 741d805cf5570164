import { readPreference, removePreference, savePreference } from './preferences';
import { NOTE_MAX_LENGTH, type NoteRecord } from './records';

/**
 * Note text typed but not yet in IndexedDB, mirrored synchronously to localStorage on every keystroke.
 * IndexedDB writes are asynchronous, so text typed just before a reload, Back or a closed tab could be lost
 * while the save was still reading the old note; the draft survives that and is restored on the next visit.
 */
export const NOTE_DRAFT_PREFIX = 'learning-site:note-draft:';

const draftKey = (noteKey: string) => `${NOTE_DRAFT_PREFIX}${noteKey}`;

/** Keeps the typed text; false when the browser refuses (then only the IndexedDB save protects it). */
export const saveDraft = (noteKey: string, text: string, at = Date.now()): boolean =>
  savePreference(draftKey(noteKey), JSON.stringify({ text, updatedAt: at }));

/** The draft of a note, if a valid one is kept. */
export function readDraft(noteKey: string): NoteRecord | undefined {
  try {
    const draft = JSON.parse(readPreference(draftKey(noteKey)) ?? 'null') as Partial<NoteRecord> | null;
    return typeof draft?.text === 'string' && draft.text.length <= NOTE_MAX_LENGTH && typeof draft.updatedAt === 'number' ? { text: draft.text, updatedAt: draft.updatedAt } : undefined;
  } catch {
    return undefined; // not JSON
  }
}

/** Forgets the draft once its text is safely stored. */
export const clearDraft = (noteKey: string): void => void removePreference(draftKey(noteKey));

/** The draft to restore over the stored note: one typed after the note was last saved, with different text. */
export function draftToRestore(draft: NoteRecord | undefined, stored: NoteRecord | undefined): NoteRecord | undefined {
  if (!draft || draft.text === stored?.text) return undefined;
  return !stored || draft.updatedAt > stored.updatedAt ? draft : undefined;
}
