import { $storageMessages } from '../stores/storage-messages';

/** Renders the storage notices into the page's polite status region (components/StorageNotice.astro). */
export function bindStorageNotice(root: HTMLElement): void {
  $storageMessages.subscribe((messages) => {
    if ([...root.children].map((p) => p.textContent).join('\n') === messages.join('\n')) return; // not announced twice
    root.replaceChildren(...messages.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
  });
}
