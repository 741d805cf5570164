/** The parts of a keyboard event the shortcut looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl+K (Cmd+K on a Mac) opens search from anywhere. "/" is not used: it would take a character
 * away from anyone typing in a field, and screen-reader users rely on single-key navigation.
 */
export const isSearchShortcut = (e: KeyPress): boolean =>
  e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;

/** The shortcut as the button shows it. */
export const shortcutLabel = (platform: string): string => (/Mac|iPhone|iPad/i.test(platform) ? '⌘ K' : 'Ctrl K');
