import { effectiveTheme, parseTheme, toggleTheme, type Theme } from '../lib/theme';
import { readTheme, saveTheme, THEME_KEY } from '../storage/preferences';

/** The theme toggle and the small-screen menu. Both are plain scripts: no framework on every page. */

const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const toggles = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];

function show(theme: Theme): void {
  root.dataset.theme = theme;
  for (const button of toggles) button.setAttribute('aria-pressed', String(theme === 'dark'));
}
const showCurrent = () => show(effectiveTheme(readTheme(), systemDark.matches));

showCurrent();
for (const button of toggles) {
  button.addEventListener('click', () => {
    const next = toggleTheme(parseTheme(root.dataset.theme) ?? 'light', systemDark.matches);
    saveTheme(next.store);
    show(next.theme);
  });
}
// Follow the system setting while no choice is stored, and a choice made in another tab.
systemDark.addEventListener('change', showCurrent);
window.addEventListener('storage', (event) => {
  if (event.key === THEME_KEY || event.key === null) showCurrent();
});

// The <details> menu already opens and closes by keyboard and touch; this adds Escape and closing
// when the learner clicks or tabs away, as people expect of a menu.
for (const menu of document.querySelectorAll<HTMLDetailsElement>('[data-site-menu]')) {
  const summary = menu.querySelector('summary')!;
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    summary.focus();
  });
  menu.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) menu.open = false;
  });
  document.addEventListener('click', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}
