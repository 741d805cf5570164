import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseTheme, toggleTheme } from '../../../src/lib/theme';

describe('theme rules', () => {
  it('accepts only the two theme names as a stored choice', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
    for (const junk of [undefined, null, '', 'Dark', 'system', 1, {}]) expect(parseTheme(junk)).toBeUndefined();
  });

  it('follows the system setting until a choice is stored', () => {
    expect(effectiveTheme(undefined, true)).toBe('dark');
    expect(effectiveTheme(undefined, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });

  it('stores a choice that differs from the system setting', () => {
    expect(toggleTheme('light', false)).toEqual({ theme: 'dark', store: 'dark' });
    expect(toggleTheme('dark', true)).toEqual({ theme: 'light', store: 'light' });
  });

  it('forgets the choice when toggling back to the system theme, so the system is followed again', () => {
    expect(toggleTheme('dark', false)).toEqual({ theme: 'light', store: undefined });
    expect(toggleTheme('light', true)).toEqual({ theme: 'dark', store: undefined });
  });
});
