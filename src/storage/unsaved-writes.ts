import { readPreference, removePreference, savePreference } from './preferences';

/**
 * Records changed on a page but not yet confirmed by IndexedDB, mirrored synchronously to localStorage.
 * IndexedDB writes are asynchronous, and a page that is left before a write commits takes the write with it
 * (an answer checked just before following a link). The next load merges what is kept here, newer wins.
 * One localStorage key holds them all, as a JSON object from record key to record.
 */
export const UNSAVED_KEY = 'learning-site:unsaved';

type Entry = [string, unknown];
type Kept = Record<string, unknown>;

function readKept(): Kept {
  try {
    const kept: unknown = JSON.parse(readPreference(UNSAVED_KEY) ?? '{}');
    return typeof kept === 'object' && kept !== null && !Array.isArray(kept) ? (kept as Kept) : {};
  } catch {
    return {}; // not JSON: nothing usable is kept
  }
}

const writeKept = (kept: Kept): boolean =>
  Object.keys(kept).length ? savePreference(UNSAVED_KEY, JSON.stringify(kept)) : removePreference(UNSAVED_KEY);

/** Keeps a copy of a record until IndexedDB has it; false when the browser refuses. */
export function keepUnsaved(key: string, value: unknown): boolean {
  return writeKept({ ...readKept(), [key]: value });
}

/** Every kept copy, valid or not (the caller validates). */
export const unsavedEntries = (): Entry[] => Object.entries(readKept());

/**
 * Forgets the kept copy of `key` if it is still `value`: a later change to the same key, kept while
 * this one was being written, stays until its own write is confirmed.
 */
export function forgetUnsaved(key: string, value: unknown): void {
  const kept = readKept();
  if (!(key in kept) || JSON.stringify(kept[key]) !== JSON.stringify(value)) return;
  delete kept[key];
  writeKept(kept);
}

/** Forgets the kept copies of these keys whatever they hold (a reset), or of every key. */
export function dropUnsaved(keys?: string[]): void {
  const kept = readKept();
  for (const key of keys ?? Object.keys(kept)) delete kept[key];
  writeKept(kept);
}
