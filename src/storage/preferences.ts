/**
 * Small preferences kept in localStorage (not IndexedDB) because they must be read
 * synchronously before first paint. Part of the storage layer: nothing else names these keys.
 */
export const CODE_LANGUAGE_KEY = 'learning-site:code-language';

/** Reads a preference; undefined when storage is blocked or the value is missing. */
export function readPreference(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves a preference; returns false when the browser refuses (private mode, blocked storage). */
export function savePreference(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
