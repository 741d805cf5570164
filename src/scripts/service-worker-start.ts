import { base } from 'astro:config/client';

/** URL and scope of the service worker: it sits at the site's base, so it controls only this site. */
export function serviceWorkerLocation(siteBase: string = base): { url: string; scope: string } {
  const scope = siteBase.endsWith('/') ? siteBase : `${siteBase}/`;
  return { url: `${scope}sw.js`, scope };
}

/**
 * Registers the service worker once the page has loaded, only where the browser supports it. The
 * registration code (workbox-window) is fetched then, so it never delays the page. In `astro dev`
 * there is no worker, and one left by an earlier `npm run preview` on the same port is removed,
 * so it cannot serve stale pages.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const { url, scope } = serviceWorkerLocation();
  if (import.meta.env.DEV) {
    void navigator.serviceWorker.getRegistration(scope).then((r) => r?.unregister());
    return;
  }
  const register = () => void import('./service-worker-updates').then((m) => m.registerServiceWorker(url, scope)).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
