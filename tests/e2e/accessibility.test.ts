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
  'section with the Code part open': `${COURSE}timeout-code-examples/#part-code`,
  challenge: '/challenges/checkout-slow-payment-provider/',
  'not found': '/no-such-page/',
  'category with courses': '/categories/system-design/',
  'empty category': '/categories/dsa/',
  'challenges list': '/challenges/',
  'whole course on one page': `${COURSE}print/`,
  'practice tests': '/practice/',
  'my progress': '/progress/',
  pricing: '/pricing/',
  privacy: '/privacy/',
  terms: '/terms/',
  contact: '/contact/',
};

const PROSE_PAGES = ['practice tests', 'my progress', 'pricing', 'terms', 'contact'];

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
      // Plain prose pages are built from the same parts as the privacy page, so one theme is enough for them.
      if (scheme === 'dark' && PROSE_PAGES.includes(name)) continue;
      it(`${name} page (${scheme})`, async () => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it('phone-sized page with the menu open (dark)', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(server.url + PAGES.course, { waitUntil: 'networkidle' });
    await page.click('.menu > summary');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('challenge page with hints and the discussion open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + PAGES.challenge, { waitUntil: 'networkidle' });
    for (let i = 1; i <= 4; i++) await page.click(`.hint-list > li:nth-child(${i}) summary`);
    await page.click('.discussion > summary');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('catalog filtered to an empty category', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + PAGES.catalog, { waitUntil: 'networkidle' });
    await page.check('input[value="dsa"]');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

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
