import { atom } from 'nanostores';
import { CODE_LANGUAGE_KEY, readPreference, savePreference } from '../storage/preferences';

/** The language shown in every code group; remembered across pages. */
export const $codeLanguage = atom<string>(readPreference(CODE_LANGUAGE_KEY) ?? 'python');

/** Switches every code group to a language and remembers the choice. */
export function chooseCodeLanguage(lang: string): void {
  $codeLanguage.set(lang);
  savePreference(CODE_LANGUAGE_KEY, lang);
  document.documentElement.dataset.codeLang = lang;
}

/** Syncs the choice made in another tab. */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === CODE_LANGUAGE_KEY && e.newValue) $codeLanguage.set(e.newValue);
  });
}
