import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTheme, saveTheme, THEME_KEY } from '../../../src/storage/preferences';
import { fakeStorage } from '../../helpers/fake-storage';

afterEach(() => vi.unstubAllGlobals());

describe('theme preference', () => {
  it('stores a chosen theme and reads it back', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(saveTheme('dark')).toBe(true);
    expect(storage.items.get(THEME_KEY)).toBe('dark');
    expect(readTheme()).toBe('dark');
  });

  it('forgets the choice when asked to follow the system again', () => {
    const storage = fakeStorage();
    storage.items.set(THEME_KEY, 'light');
    vi.stubGlobal('localStorage', storage);
    expect(saveTheme(undefined)).toBe(true);
    expect(storage.items.has(THEME_KEY)).toBe(false);
    expect(readTheme()).toBeUndefined();
  });

  it('ignores a hand-edited value', () => {
    const storage = fakeStorage();
    storage.items.set(THEME_KEY, 'purple');
    vi.stubGlobal('localStorage', storage);
    expect(readTheme()).toBeUndefined();
  });

  it('reports failure instead of throwing when storage is blocked', () => {
    vi.stubGlobal('localStorage', fakeStorage(true));
    expect(saveTheme('dark')).toBe(false);
    expect(saveTheme(undefined)).toBe(false);
    expect(readTheme()).toBeUndefined();
  });
});
