import { readPreference, removePreference, savePreference } from './preferences';
import { changedAt } from './records';

/**
 * Records changed on a page but not yet confirmed by IndexedDB, mirrored synchronously to localStorage.
 * IndexedDB writes are asynchronous, and a page that is left before a write commits takes the write with it
 * (an answer checked just before following a link). The next load puts a held record back, but only where
 * it was built on what is stored (see `canRestore`), so a page that never saw the stored data cannot replace it.
 * One localStorage key holds them all, as a JSON object from record key to held change.
 */
export const UNSAVED_KEY = 'learning-site:unsaved';

/** A held record and what it was built on. */
export interface HeldChange {
  value: unknown;
  /**
   * When the record it was built on last changed (0: there was none), or null when the page had not read the
   * stored data (storage still loading, or unavailable): then the stored record, if any, is unknown to it.
   */
  base: number | null;
}

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

function isHeldChange(v: unknown): v is HeldChange {
  if (typeof v !== 'object' || v === null || !('value' in v) || !('base' in v)) return false;
  return v.base === null || (typeof v.base === 'number' && Number.isFinite(v.base) && v.base >= 0);
}

/**
 * Keeps a changed record until IndexedDB has it; false when the browser refuses. A change built on a record
 * still held keeps that record's base: together they are one change to what is stored.
 */
export function keepUnsaved(key: string, value: unknown, base: number | null): boolean {
  const kept = readKept();
  const earlier = kept[key];
  const chained = isHeldChange(earlier) && base !== null && changedAt(earlier.value) === base;
  return writeKept({ ...kept, [key]: { value, base: chained ? earlier.base : base } satisfies HeldChange });
}

/** One kept entry as read: `held` is undefined where it is not a held change (damaged, or from elsewhere). */
export interface KeptEntry {
  key: string;
  held: HeldChange | undefined;
  raw: unknown;
}

/** Every kept entry. */
export const unsavedEntries = (): KeptEntry[] =>
  Object.entries(readKept()).map(([key, raw]) => ({ key, held: isHeldChange(raw) ? raw : undefined, raw }));

/** Forgets entries read earlier, each only if it has not changed since (a page may hold a new change meanwhile). */
export function forgetEntries(entries: KeptEntry[]): void {
  removeKept(entries.map((e) => e.key), (key, kept) => JSON.stringify(kept) === JSON.stringify(entries.find((e) => e.key === key)!.raw));
}

/** Deletes the named entries that pass `test`; touches localStorage only when one goes (not on every page load). */
function removeKept(keys: string[], test: (key: string, kept: unknown) => boolean = () => true): void {
  if (keys.length === 0) return;
  const kept = readKept();
  const gone = keys.filter((key) => key in kept && test(key, kept[key]));
  for (const key of gone) delete kept[key];
  if (gone.length) writeKept(kept);
}

/**
 * Whether a held record may replace the stored one: when the stored record is the one it was built on, or a
 * step of the same page's chain of changes that was written (no newer than the held record). A change made
 * without the stored data (`base` null) is restored only where nothing is stored.
 */
export function canRestore(held: HeldChange, stored: unknown): boolean {
  if (held.base === null) return stored === undefined;
  const at = changedAt(stored);
  return at >= held.base && at < changedAt(held.value);
}

/**
 * Forgets the held copy of `key` if it is still `value`: a later change to the same key, held while
 * this one was being written, stays until its own write is confirmed.
 */
export function forgetUnsaved(key: string, value: unknown): void {
  removeKept([key], (_, held) => isHeldChange(held) && JSON.stringify(held.value) === JSON.stringify(value));
}

/** Forgets the kept entries of these keys whatever they hold (a reset), or every entry. */
export function dropUnsaved(keys?: string[]): void {
  removeKept(keys ?? Object.keys(readKept()));
}
