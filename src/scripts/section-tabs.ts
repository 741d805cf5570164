import { setupTabs } from './tabs';

/** Turns a section's Read, Quiz and Code parts into tabs; a link to an anchor inside a part opens that part. */
for (const root of document.querySelectorAll<HTMLElement>('[data-section-tabs]')) {
  const tabs = [...root.querySelectorAll<HTMLElement>('[data-part-tab]')];
  const panels = tabs.map((tab) => document.getElementById(tab.dataset.partTab!)!);
  const select = setupTabs({ tabs, panels, onSelect: (i) => history.replaceState(null, '', `#${panels[i]!.id}`) });
  const partOfHash = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    return target ? panels.findIndex((p) => p.contains(target)) : -1;
  };
  select(Math.max(0, partOfHash()));
  // A link to a heading on this same page (a search result, say) opens its part and scrolls to it.
  window.addEventListener('hashchange', () => {
    const part = partOfHash();
    if (part < 0) return;
    select(part);
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  });
  root.dataset.ready = '';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-open-part]')) {
    link.addEventListener('click', () => select(panels.findIndex((p) => p.id === link.dataset.openPart), true));
  }
}
