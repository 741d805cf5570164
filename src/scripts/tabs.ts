/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs,
 * only the selected tab is in the Tab order. Used by section parts and code groups.
 */
export interface TabsOptions {
  tabs: HTMLElement[];
  panels: HTMLElement[];
  onSelect?: (index: number) => void;
  /** Put each panel in the Tab order (the ARIA pattern's default); false when panels hold focusable content. */
  focusablePanels?: boolean;
}

/** Wires tabs to panels and returns a function that selects a tab by index. */
export function setupTabs({ tabs, panels, onSelect, focusablePanels = true }: TabsOptions): (index: number, focus?: boolean) => void {
  function select(index: number, focus = false) {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
    });
    if (focus) tabs[index]!.focus();
  }
  tabs.forEach((tab, i) => {
    const panel = panels[i]!;
    tab.setAttribute('role', 'tab');
    tab.id ||= `${panel.id}-tab`;
    tab.setAttribute('aria-controls', panel.id);
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    if (focusablePanels) panel.tabIndex = 0;
    tab.addEventListener('click', () => { select(i); onSelect?.(i); });
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const to = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      select(to, true);
      onSelect?.(to);
    });
  });
  return select;
}
