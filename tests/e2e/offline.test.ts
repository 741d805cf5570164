import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { DIST } from '../helpers/built-site';
import { offlineJourney, sectionUrl, waitForServiceWorker, type SiteUnderTest } from './offline-visit';

let browser: Browser;
let server: StaticServer;
let site: SiteUnderTest;
beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  site = { origin: server.url, base: '/', trailingSlash: 'ignore' };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline, at the domain root', () => {
  let context: BrowserContext;
  let page: Page;
  let messages: string[];
  beforeAll(async () => {
    context = await browser.newContext();
    context.on('page', (p) => (messages = watchConsole(p)));
  });
  afterAll(async () => context?.close());

  it('reads, answers, searches and reloads offline after one visit, and shows the offline page for an unsaved one', async () => {
    page = await offlineJourney(context, site);
    expect(messages.filter((m) => !/Failed to load resource/.test(m))).toEqual([]);
  });

  it('never answers a missing script with HTML: a 404 online, a network error offline, nothing cached', async () => {
    await context.setOffline(false);
    await page.goto(sectionUrl(site, 'what-is-a-distributed-system'));
    const online = await page.evaluate(async () => (await fetch('/_astro/no-such-chunk.js')).status);
    expect(online).toBe(404);
    await context.setOffline(true);
    const offline = await page.evaluate(() => fetch('/_astro/no-such-chunk.js').then((r) => `status ${r.status}`, (e: Error) => e.name));
    expect(offline).toBe('TypeError');
    expect(await page.evaluate(async () => !!(await caches.match('/_astro/no-such-chunk.js')))).toBe(false);
  });
});

describe('loading on first use', () => {
  it('fetches no search code or index until search is opened, then what the first query needs', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const requested: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (r) => requested.push({ url: r.url(), bytes: (await r.sizes()).responseBodySize }));
    await page.goto(sectionUrl(site, 'what-is-a-timeout'), { waitUntil: 'networkidle' });
    const atLoad = requested.map((r) => r.url);
    expect(atLoad.filter((u) => /pagefind|site-search\./.test(u))).toEqual([]);
    expect(atLoad.filter((u) => /workbox/.test(u))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.locator('#site-search-input').fill('timeout');
    await page.waitForSelector('.search-hit');
    const loaded = requested.filter((r) => !atLoad.includes(r.url));
    expect(loaded.some((r) => r.url.includes('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('says so, instead of failing, when there is no search index', async () => {
    const noIndex = mkdtempSync(join(tmpdir(), 'site-no-index-'));
    cpSync(DIST, noIndex, { recursive: true, filter: (src) => !src.includes(`${DIST}/pagefind`) });
    const bare = await serveStatic(noIndex);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(bare.url + '/concepts/', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#site-search-input').fill('timeout');
    await expect.poll(() => page.locator('#site-search-status').textContent(), { timeout: 5000 }).toMatch(/^Search is not available: its index could not be loaded/);
    await context.close();
    await bare.close();
    rmSync(noIndex, { recursive: true, force: true });
  });

  it('registers the service worker only after the page has loaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args) => {
        (window as unknown as { registeredAt: string }).registeredAt = document.readyState;
        return original(...args);
      };
    });
    await page.goto(sectionUrl(site, 'what-is-a-timeout'));
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => (window as unknown as { registeredAt: string }).registeredAt)).toBe('complete');
    await context.close();
  });
});
