import { isSearchShortcut, shortcutLabel } from '../lib/search-shortcut';

/** Loaded with every page: wires the search button and Ctrl/Cmd+K to a dialog whose code loads on first use. */
const root = document.querySelector<HTMLElement>('[data-site-search]');
if (root) {
  let ready: Promise<{ open: (typed?: string) => void }> | undefined;
  const open = () => {
    const typed: string[] = [];
    if (!ready) {
      // While the dialog's code loads, keep what the learner types for the search box, not the field that had focus.
      const hold = (e: KeyboardEvent) => {
        if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        typed.push(e.key);
      };
      document.addEventListener('keydown', hold, true);
      ready = import('./site-search').then((m) => m.setUpSearch(root)).finally(() => document.removeEventListener('keydown', hold, true));
    }
    ready.then((search) => search.open(typed.join('')), () => { ready = undefined; });
  };
  root.querySelector('[data-search-open]')?.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    if (!isSearchShortcut(e)) return;
    e.preventDefault();
    open();
  });
  const label = root.querySelector('[data-search-shortcut]');
  if (label) label.textContent = shortcutLabel(navigator.platform);
}
