import { setupTabs } from './tabs';
import { $codeLanguage, chooseCodeLanguage } from '../stores/code-language';

/** Language tabs and copy buttons for code groups; the chosen language applies to every group on every page. */
const groups = [...document.querySelectorAll<HTMLElement>('[data-code-group]')].map((group, g) => {
  const tabs = [...group.querySelectorAll<HTMLElement>('.code-tab-button')];
  const panels = [...group.querySelectorAll<HTMLElement>('.code-tab')];
  panels.forEach((panel, i) => (panel.id ||= `code-${g}-${panel.dataset.lang}-${i}`));
  group.querySelector('[data-code-tablist]')?.setAttribute('role', 'tablist');
  group.querySelector('[data-code-tablist]')?.setAttribute('aria-label', 'Code language');
  // The code block in each panel is focusable itself (to scroll it), so the panel is not a second Tab stop.
  const select = setupTabs({ tabs, panels, focusablePanels: false, onSelect: (i) => chooseCodeLanguage(tabs[i]!.dataset.lang!) });
  group.dataset.ready = '';
  return { tabs, select };
});

$codeLanguage.subscribe((lang) => {
  for (const { tabs, select } of groups) select(Math.max(0, tabs.findIndex((t) => t.dataset.lang === lang)));
});

const copyButtons = document.querySelectorAll<HTMLButtonElement>('[data-copy]');
// One polite live region tells screen-reader users whether the copy worked (only on pages with code).
const announcer = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
announcer.setAttribute('role', 'status');
if (copyButtons.length) document.body.append(announcer);

for (const button of copyButtons) {
  const lang = button.closest<HTMLElement>('.code-tab')?.dataset.lang ?? 'code';
  button.setAttribute('aria-label', `Copy ${button.parentElement?.querySelector('.code-label')?.textContent ?? lang} code`);
  button.addEventListener('click', async () => {
    const code = button.parentElement?.querySelector('pre')?.innerText ?? '';
    let copied = false;
    try {
      await navigator.clipboard.writeText(code);
      copied = true;
    } catch { /* clipboard blocked: say so below */ }
    button.textContent = copied ? 'Copied' : 'Copy failed';
    announcer.textContent = copied ? 'Code copied to the clipboard.' : 'Copying failed; select the code and copy it by hand.';
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}
