import { isSearchShortcut, shortcutLabel } from '../lib/search-shortcut';

/** Loaded with every page: wires the search button and Ctrl/Cmd+K to a dialog whose code loads on first use. */
const root = document.querySelector<HTMLElement>('[data-site-search]');
if (root) {
  let ready: Promise<{ open: () => void }> | undefined;
  const open = () => {
    ready ??= import('./site-search').then((m) => m.setUpSearch(root));
    ready.then((search) => search.open(), () => { ready = undefined; });
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
