import { Workbox } from 'workbox-window';

/** How often an open tab asks for a new version, at most (it also asks when the tab is shown again). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** The live region that announces a new version; created empty at start so screen readers announce what fills it. */
function promptRegion(): HTMLElement {
  const region = document.createElement('div');
  region.className = 'update-prompt';
  region.setAttribute('role', 'status');
  // Right after the skip link, so keyboard users reach it early; it is shown fixed at the bottom.
  const skip = document.querySelector('.skip-link');
  if (skip) skip.after(region);
  else document.body.prepend(region);
  return region;
}

function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = primary ? 'button button-primary' : 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/** Shows "New version available — Reload" without moving focus; Reload activates the waiting worker. */
function showUpdatePrompt(region: HTMLElement, activate: () => void): void {
  if (region.childElementCount) return;
  const text = document.createElement('p');
  text.textContent = 'New version available';
  region.append(text, button('Reload', activate, true), button('Not now', () => region.replaceChildren()));
}

/** Registers the worker and offers a reload whenever a new version is waiting. */
export async function registerServiceWorker(url: string, scope: string): Promise<void> {
  const wb = new Workbox(url, { scope });
  const region = promptRegion();
  wb.addEventListener('waiting', () => showUpdatePrompt(region, () => {
    region.querySelectorAll('button').forEach((b) => (b.disabled = true));
    // Progress lives in IndexedDB, which a new worker never touches; reload once it has taken over.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    wb.messageSkipWaiting();
  }));
  try {
    await wb.register();
  } catch {
    return; // registration refused (blocked by policy or a browser setting): the site still works, only without offline copies
  }
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_MS) return;
    lastCheck = Date.now();
    void wb.update();
  });
}
