import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { buildVariant } from '../helpers/build-variant';
import { offlineJourney, search, urlOf, waitForServiceWorker, type SiteUnderTest } from './offline-visit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentsOf } from '../helpers/search-fragments';

// The hardest shape: a sub-path, no trailing slashes, and pages written as `a.html` served at `/a`.
const VARIANT = { base: '/learn/', trailingSlash: 'never' } as const;
// A search index split into parts of 4 pages, as a site of more than 5,000 sections has (deploy-anywhere builds it too).
const SPLIT = { base: '/learn/', trailingSlash: 'always', searchPartPages: 4 } as const;
let splitDir: string;
let splitServer: StaticServer;

let browser: Browser;
let server: StaticServer;
let site: SiteUnderTest;
beforeAll(async () => {
  server = await serveStatic(await buildVariant(VARIANT), { base: VARIANT.base });
  splitDir = await buildVariant(SPLIT);
  splitServer = await serveStatic(splitDir, { base: SPLIT.base });
  browser = await launchBrowser();
  site = { origin: server.url, ...VARIANT };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await splitServer?.close();
});

describe(`the site under ${VARIANT.base} with trailingSlash ${VARIANT.trailingSlash}`, () => {
  it('scopes the service worker to the base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(urlOf(site, ''));
    await waitForServiceWorker(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${server.url}/learn/`);
    expect(await page.evaluate(() => (navigator.serviceWorker.controller as ServiceWorker).scriptURL)).toBe(`${server.url}/learn/sw.js`);
    await context.close();
  });

  it('reads, answers, searches and reloads offline after one visit', async () => {
    const context = await browser.newContext();
    await offlineJourney(context, site);
    await context.close();
  });
});

describe('a search index split in parts', () => {
  it('finds pages in every part, with result links under the base path', async () => {
    const parts = JSON.parse(readFileSync(join(splitDir, 'pagefind', 'parts.json'), 'utf8')) as string[];
    expect(parts).toEqual(['part-2/', 'part-3/', 'part-4/']); // 15 sections, 4 per part
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${splitServer.url}/learn/`);
    for (const part of ['', ...parts]) {
      const [first] = fragmentsOf(join(splitDir, 'pagefind', part));
      await search(page, first!.meta.title!);
      const hrefs = await page.locator('.search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[0]));
      expect(hrefs, part || 'first part').toContain(`/learn${first!.url}`);
      await page.keyboard.press('Escape');
    }
    await context.close();
  });

  it('searches every part offline, once the service worker has saved the site', async () => {
    const parts = JSON.parse(readFileSync(join(splitDir, 'pagefind', 'parts.json'), 'utf8')) as string[];
    const [last] = fragmentsOf(join(splitDir, 'pagefind', parts.at(-1)!));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${splitServer.url}/learn/`);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await search(page, last!.meta.title!);
    const hrefs = await page.locator('.search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[0]));
    expect(hrefs).toContain(`/learn${last!.url}`);
    await context.close();
  });
});
