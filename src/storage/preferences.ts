import { parseTheme, type Theme } from '../lib/theme';

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

/** Forgets a preference; returns false when the browser refuses. */
export function removePreference(key: string): boolean {
  try {
    localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The colour theme the learner chose with the toggle; absent means "follow the system setting". */
export const THEME_KEY = 'learning-site:theme';

/** The stored theme choice; undefined when none is stored, it is unreadable, or storage is blocked. */
export const readTheme = (): Theme | undefined => parseTheme(readPreference(THEME_KEY));

/** Stores the chosen theme, or forgets it (`undefined`) so the site follows the system again. */
export function saveTheme(theme: Theme | undefined): boolean {
  return theme ? savePreference(THEME_KEY, theme) : removePreference(THEME_KEY);
}
