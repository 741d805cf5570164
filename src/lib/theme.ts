/**
 * Colour theme rules. Without a stored choice the site follows the system setting; the toggle
 * switches to the other theme and stores it, unless that equals the system's theme, in which
 * case nothing is stored so the site follows the system again.
 */

/** The site's two colour themes. */
export type Theme = 'light' | 'dark';

/** A stored value as a theme; anything else (missing, hand-edited) means "follow the system". */
export function parseTheme(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme in effect: the stored choice, else the system's. */
export function effectiveTheme(stored: Theme | undefined, systemDark: boolean): Theme {
  return stored ?? (systemDark ? 'dark' : 'light');
}

/** What pressing the toggle does: the theme to show and the choice to store (undefined: follow the system). */
export function toggleTheme(current: Theme, systemDark: boolean): { theme: Theme; store: Theme | undefined } {
  const theme: Theme = current === 'dark' ? 'light' : 'dark';
  return { theme, store: theme === effectiveTheme(undefined, systemDark) ? undefined : theme };
}
