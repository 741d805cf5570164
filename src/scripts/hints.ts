/**
 * Challenge hints, one at a time: with JavaScript only the first hint is offered, and opening a
 * hint makes the next one appear. Without JavaScript every hint is an ordinary <details>.
 */
for (const list of document.querySelectorAll<HTMLElement>('[data-hints]')) {
  const items = [...list.children] as HTMLElement[];
  items.forEach((item, i) => {
    item.querySelector('details')?.addEventListener('toggle', (event) => {
      if ((event.currentTarget as HTMLDetailsElement).open) items[i + 1]?.setAttribute('data-revealed', '');
    });
  });
}
