import { base, trailingSlash } from 'astro:config/client';
import { withBase } from '../lib/paths';
import { groupByCourse, resultCountMessage, toHit, type CourseGroup, type PagefindResultData } from '../lib/search-results';
import { loadPagefind, moreUnavailableMessage, searchUnavailableMessage } from './pagefind-loader';

/** Results shown at first, and added by each "Show more results"; the live region says how many there are in all. */
const PAGE_SIZE = 10;

type PagefindResult = { data(): Promise<PagefindResultData> };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Renders the groups as headed lists of links; excerpts become text nodes and <mark>s, never parsed HTML. */
function renderGroups(groups: CourseGroup[], firstNew: string | undefined): HTMLElement[] {
  return groups.map((group) => {
    const section = element('section', 'search-group');
    const list = element('ul', '');
    for (const hit of group.hits) {
      const link = element('a', 'search-hit');
      link.href = hit.url;
      if (hit.url === firstNew) link.dataset.firstNew = '';
      link.append(element('span', 'search-hit-title', hit.heading ? `${hit.section} › ${hit.heading}` : hit.section));
      const excerpt = element('span', 'search-hit-excerpt');
      excerpt.append(...hit.excerpt.map((p) => (p.match ? element('mark', '', p.text) : document.createTextNode(p.text))));
      link.append(excerpt);
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    section.append(element('h3', '', group.course), list);
    return section;
  });
}

/** Up and Down move between the query and the results, like a list; Tab works as usual. */
function moveFocus(dialog: HTMLDialogElement, input: HTMLInputElement, event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops = [input, ...dialog.querySelectorAll<HTMLAnchorElement>('.search-hit')];
  const at = stops.indexOf(document.activeElement as HTMLInputElement);
  if (at < 0 || stops.length < 2) return;
  event.preventDefault();
  stops[Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
}

/** Wires the dialog in `root`; called once, on the first open. */
export function setUpSearch(root: HTMLElement): { open: () => void } {
  const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const results = dialog.querySelector<HTMLElement>('[data-search-results]')!;
  const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const pagefindUrl = withBase(base, 'pagefind/pagefind.js');
  // What is on screen: the query, every result Pagefind found for it, and the data of those shown so far.
  let shown: { query: string; found: PagefindResult[]; data: PagefindResultData[] } | undefined;

  const unavailable = () => {
    shown = undefined;
    results.replaceChildren();
    more.hidden = true;
    status.textContent = searchUnavailableMessage(import.meta.env.DEV, navigator.onLine);
  };

  /** Shows the next page of results for the query on screen (the first page when none are); true when shown. */
  async function showNext(query: string, found: PagefindResult[], before: PagefindResultData[]): Promise<boolean> {
    const next = await Promise.all(found.slice(before.length, before.length + PAGE_SIZE).map((r) => r.data()));
    if (input.value.trim() !== query) return false;
    const data = [...before, ...next];
    shown = { query, found, data };
    const hits = data.map((d) => toHit(d, trailingSlash));
    results.replaceChildren(...renderGroups(groupByCourse(hits), before.length ? hits[before.length]?.url : undefined));
    results.dataset.query = query;
    more.hidden = data.length >= found.length;
    status.textContent = resultCountMessage(query, found.length, data.length);
    return true;
  }

  async function search(query: string): Promise<void> {
    if (!query) {
      shown = undefined;
      results.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind(pagefindUrl, withBase(base, ''));
      const found = await pagefind.debouncedSearch(query, {}, 150);
      if (!found) return; // a newer query superseded this one
      await showNext(query, found.results, []);
    } catch {
      if (input.value.trim() === query) unavailable();
    }
  }

  // More results join their courses' lists; focus goes to the first of them, so a keyboard user reads on from there,
  // unless the learner has moved on (closed the dialog, or focused something else) while they loaded.
  more.addEventListener('click', () => {
    if (!shown || more.getAttribute('aria-disabled') === 'true') return;
    const { query, found, data } = shown;
    more.setAttribute('aria-disabled', 'true');
    results.setAttribute('aria-busy', 'true');
    showNext(query, found, data).then((done) => {
      const waiting = document.activeElement === more || document.activeElement === document.body;
      if (done && dialog.open && waiting) results.querySelector<HTMLAnchorElement>('[data-first-new]')?.focus();
    }, () => {
      // The results already shown stay; only the ones that did not load are missing, and the button can try again.
      if (input.value.trim() === query) status.textContent = moreUnavailableMessage(navigator.onLine);
    }).finally(() => {
      more.removeAttribute('aria-disabled');
      results.removeAttribute('aria-busy');
    });
  });

  input.addEventListener('input', () => void search(input.value.trim()));
  dialog.querySelector('[data-search-form]')!.addEventListener('submit', (e) => {
    e.preventDefault();
    // Enter follows the first result only when it answers what is typed now, never a previous query's.
    if (results.dataset.query === input.value.trim()) dialog.querySelector<HTMLAnchorElement>('.search-hit')?.click();
  });
  dialog.addEventListener('keydown', (e) => {
    // One Escape closes the dialog, even from the search field (which would otherwise only clear itself).
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    } else moveFocus(dialog, input, e);
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog box itself, outside its panel) closes it; so does following a result.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog || (e.target as Element).closest('.search-hit')) dialog.close();
  });
  return {
    open(typed = '') {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      if (typed) {
        input.value = typed;
        input.dispatchEvent(new Event('input'));
      }
      // Start fetching the search code and index now, so the first query does not wait for it.
      void loadPagefind(pagefindUrl, withBase(base, '')).catch(() => (status.textContent = searchUnavailableMessage(import.meta.env.DEV, navigator.onLine)));
    },
  };
}
