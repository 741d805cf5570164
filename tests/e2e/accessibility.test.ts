import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser';
import { useBuiltSite } from './site';

const COURSE = '/concepts/failure-modes-in-distributed-systems/';
const PAGES = {
  home: '/',
  catalog: '/concepts/',
  course: COURSE,
  'section with code and diagram': `${COURSE}what-is-a-distributed-system/`,
  'section without code': `${COURSE}what-is-a-timeout/`,
  challenge: '/challenges/checkout-slow-payment-provider/',
  'not found': '/no-such-page/',
  'my progress': '/progress/',
  practice: `${COURSE}practice/`,
  review: `${COURSE}review/`,
  offline: '/offline/',
};

const site = useBuiltSite();

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(PAGES)) {
      it(`${name} page (${scheme})`, async () => {
        const context = await site.browser.newContext({ colorScheme: scheme, serviceWorkers: 'block' }); // no precaching to wait for
        const page = await context.newPage();
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`search dialog with results (${scheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(site.url + PAGES['section without code'], { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Search' }).click();
      await page.locator('#site-search-input').fill('timeout');
      await page.waitForSelector('.search-hit mark');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('practice test while running and on its result', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${COURSE}practice/?seed=1`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.locator('.pt-question input[type=radio]').first().check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit the test…' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.waitForSelector('#pt-result-heading');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('section page with the quiz open and an answer checked', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + PAGES['section with code and diagram'], { waitUntil: 'networkidle' });
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await page.locator('.qc[data-index="0"] input[type=radio]').first().check();
    await page.locator('.qc[data-index="0"] .qc-actions button').click();
    await page.waitForSelector('.qc[data-index="0"][data-revealed]');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
