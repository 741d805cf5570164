import { answerQuickCheck } from './quiz';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBuiltSite } from './site';

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
  'my progress': '/progress/',
  practice: `${COURSE}practice/`,
  review: `${COURSE}review/`,
  'category with courses': '/categories/system-design/',
  'empty category': '/categories/dsa/',
  'challenges list': '/challenges/',
  'whole course printed on one': `${COURSE}print/`,
  'practice tests list': '/practice/',
  pricing: '/pricing/',
  privacy: '/privacy/',
  terms: '/terms/',
  contact: '/contact/',
  offline: '/offline/',
};

/** Plain prose pages are built from the same parts as the privacy page, so one theme is enough for them. */
const PROSE_PAGES = ['practice tests list', 'pricing', 'terms', 'contact'];
const NO_SW = { serviceWorkers: 'block' } as const;

const site = useBuiltSite();

/** Opens `path` in a fresh context (no service worker: no precaching to wait for), runs `check`, then closes it. */
async function onPage(path: string, options: BrowserContextOptions, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await site.browser.newContext({ ...NO_SW, ...options });
  const page = await context.newPage();
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  await check(page);
  await context.close();
}

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(PAGES)) {
      if (scheme === 'dark' && PROSE_PAGES.includes(name)) continue;
      it(`${name} page (${scheme})`, async () => {
        await onPage(path, { colorScheme: scheme }, async (page) => {
          expect(await axeViolations(page)).toEqual([]);
        });
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`search dialog with results (${scheme})`, async () => {
      await onPage(PAGES['section without code'], { colorScheme: scheme }, async (page) => {
        await page.getByRole('button', { name: 'Search' }).click();
        await page.locator('#site-search-input').fill('timeout');
        await page.waitForSelector('.search-hit mark');
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  it('practice test while running and on its result', async () => {
    await onPage(`${COURSE}practice/?seed=1`, {}, async (page) => {
      await page.getByRole('button', { name: 'Start the test' }).click();
      await page.locator('.pt-question input[type=radio]').first().check();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Submit the test…' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await page.waitForSelector('#pt-result-heading');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('phone-sized page with the menu open (dark)', async () => {
    await onPage(PAGES.course, { colorScheme: 'dark', viewport: { width: 375, height: 740 } }, async (page) => {
      await page.click('.menu > summary');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('challenge page with hints and the discussion open', async () => {
    await onPage(PAGES.challenge, {}, async (page) => {
      for (let i = 1; i <= 4; i++) await page.click(`.hint-list > li:nth-child(${i}) summary`);
      await page.click('.discussion > summary');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('catalog filtered to an empty category', async () => {
    await onPage(PAGES.catalog, {}, async (page) => {
      await page.check('input[value="dsa"]');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('section page with the quiz open and an answer checked', async () => {
    await onPage(PAGES['section with code and diagram'], {}, async (page) => {
      await answerQuickCheck(page, 0, false);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
