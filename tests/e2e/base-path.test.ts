import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { buildVariant } from '../helpers/build-variant';
import { offlineJourney, urlOf, waitForServiceWorker, type SiteUnderTest } from './offline-visit';

// The hardest shape: a sub-path, no trailing slashes, and pages written as `a.html` served at `/a`.
const VARIANT = { base: '/learn/', trailingSlash: 'never' } as const;

let browser: Browser;
let server: StaticServer;
let site: SiteUnderTest;
beforeAll(async () => {
  server = await serveStatic(await buildVariant(VARIANT), { base: VARIANT.base });
  browser = await launchBrowser();
  site = { origin: server.url, ...VARIANT };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
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
