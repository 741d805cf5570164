import { h, hydrate, render, type ComponentType, type VNode } from 'preact';

/**
 * Hydrates Preact islands in the production build, in place of `@astrojs/preact/client.js` (astro.config.mjs
 * aliases it here). It is that file without its support for @preact/signals props, which this site does not
 * use: the lazy `import('@preact/signals')` there makes Vite add its ~1.9 KB module-preload helper to every
 * page with an island. Keep it in step with @astrojs/preact when upgrading; the browser tests fail on
 * hydration warnings if the two drift apart.
 */

/** Slot HTML rendered by Astro on the server, passed through untouched. */
function StaticHtml({ value, name, hydrate: live = true }: { value?: string; name?: string; hydrate?: boolean }) {
  return value ? h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
}
StaticHtml.shouldComponentUpdate = () => false;

/** The id @astrojs/preact's server renderer gives an island, so `useId` values match the server's. */
function islandMaskId(element: HTMLElement): number | string | null {
  const parsed = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
  return Number.isNaN(parsed) ? element.getAttribute('uid') : parsed;
}

type Slots = Record<string, string | undefined>;

export default (element: HTMLElement) =>
  async (Component: ComponentType, props: Record<string, unknown>, { default: children, ...slotted }: Slots, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children) as VNode & { _mask?: unknown; __m?: unknown };
    const maskId = islandMaskId(element);
    if (maskId !== null) child._mask = child.__m = [maskId, 0];
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
