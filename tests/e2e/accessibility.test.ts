import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser } from './browser';
import { serveStatic } from './static-server';
import { DIST } from '../helpers/built-site';

const COURSE = '/concepts/failure-modes-in-distributed-systems/';
const PAGES = {
  home: '/',
  catalog: '/concepts/',
  course: COURSE,
  'section with code and diagram': `${COURSE}what-is-a-distributed-system/`,
  'section without code': `${COURSE}what-is-a-timeout/`,
  challenge: '/challenges/checkout-slow-payment-provider/',
  'not found': '/no-such-page/',
  offline: '/offline/',
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(PAGES)) {
      it(`${name} page (${scheme})`, async () => {
        const context = await browser.newContext({ colorScheme: scheme, serviceWorkers: 'block' }); // no precaching to wait for
        const page = await context.newPage();
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`search dialog with results (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(server.url + PAGES['section without code'], { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Search' }).click();
      await page.locator('#site-search-input').fill('timeout');
      await page.waitForSelector('.search-hit mark');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('section page with the quiz open and an answer checked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + PAGES['section with code and diagram'], { waitUntil: 'networkidle' });
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await page.locator('.qc[data-index="0"] input[type=radio]').first().check();
    await page.locator('.qc[data-index="0"] .qc-actions button').click();
    await page.waitForSelector('.qc[data-index="0"][data-revealed]');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
