import { answerQuickCheck } from './quiz';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { tabTo, watchConsole } from './browser';
import { useBuiltSite } from './site';
import { THEME_KEY } from '../../src/storage/preferences';
import { doneOf, percentOf } from '../helpers/course-facts';

const COURSE = '/concepts/failure-modes-in-distributed-systems/';
const CHALLENGE = '/challenges/checkout-slow-payment-provider/';

const site = useBuiltSite();

/** Opens a page in a fresh context and closes the context after `use`. */
async function withPage(options: BrowserContextOptions, path: string, use: (page: Page) => Promise<void>) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  try {
    await page.goto(site.url + path);
    await use(page);
  } finally {
    await context.close();
  }
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), THEME_KEY);

describe('theme', () => {
  it('follows the system setting on a first visit', async () => {
    await withPage({ colorScheme: 'dark' }, '/', async (page) => {
      expect(await theme(page)).toBe('dark');
      expect(await background(page)).toBe('rgb(15, 17, 22)');
      await expect.poll(() => page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    });
  });

  it('toggles, is remembered across pages, and forgets the choice when it matches the system again', async () => {
    await withPage({ colorScheme: 'light' }, '/', async (page) => {
      const messages = watchConsole(page);
      await page.click('[data-theme-toggle]');
      expect(await theme(page)).toBe('dark');
      expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
      expect(await stored(page)).toBe('dark');
      await page.goto(site.url + COURSE);
      expect(await theme(page)).toBe('dark');
      expect(await background(page)).toBe('rgb(15, 17, 22)');
      await page.click('[data-theme-toggle]');
      expect(await theme(page)).toBe('light');
      expect(await stored(page)).toBeNull();
      expect(messages).toEqual([]);
    });
  });

  it('applies a stored theme before first paint, from the inline head script alone', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
    // Block every bundled script: only the inline script in <head> can set the theme now.
    await context.route('**/_astro/*.js', (route) => route.abort());
    const page = await context.newPage();
    // Record the theme at the moment <body> starts, i.e. before anything is painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url + COURSE);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
    expect(await background(page)).toBe('rgb(15, 17, 22)');
    await context.close();
  });

  it('shows code in the dark theme with dark highlighting colours', async () => {
    await withPage({ colorScheme: 'dark' }, `${COURSE}what-is-a-distributed-system/#part-code`, async (page) => {
      const pre = await page.evaluate(() => getComputedStyle(document.querySelector('pre.code-block')!).backgroundColor);
      expect(pre).toBe('rgb(13, 17, 23)'); // the dark palette's code background (styles/code.css)
    });
  });
});

describe('small-screen menu', () => {
  const phone = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };

  it('opens and closes by keyboard; Escape closes it and returns focus to the button', async () => {
    await withPage({ viewport: { width: 375, height: 740 } }, '/', async (page) => {
      expect(await page.isVisible('.nav-wide')).toBe(false);
      await tabTo(page, '.menu > summary');
      await page.keyboard.press('Enter');
      expect(await page.isVisible('.menu-list a[href="/progress/"]')).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
      await page.keyboard.press('Escape');
      expect(await page.isVisible('.menu-list')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.matches('.menu > summary'))).toBe(true);
    });
  });

  it('opens by touch, follows a link, and closes when tapping outside', async () => {
    await withPage(phone, '/', async (page) => {
      await page.tap('.menu > summary');
      expect(await page.isVisible('.menu-list')).toBe(true);
      await page.touchscreen.tap(187, 700); // below the open menu panel
      await expect.poll(() => page.isVisible('.menu-list')).toBe(false);
      await page.tap('.menu > summary');
      await page.tap('.menu-list a[href="/categories/system-design/"]');
      await page.waitForURL('**/categories/system-design/');
      expect(await page.getAttribute('.menu-list a[href="/categories/system-design/"]', 'aria-current')).toBe('page');
    });
  });

  it('works without JavaScript, as a plain <details>', async () => {
    await withPage({ ...phone, javaScriptEnabled: false }, '/', async (page) => {
      expect(await page.isVisible('.theme-toggle')).toBe(false);
      await page.tap('.menu > summary');
      expect(await page.isVisible('.menu-list a[href="/categories/dsa/"]')).toBe(true);
    });
  });

  it('gives way to the inline links on a wide screen', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, '/', async (page) => {
      expect(await page.isVisible('.nav-wide a[href="/progress/"]')).toBe(true);
      expect(await page.isVisible('.menu')).toBe(false);
    });
  });
});

describe('challenge hints', () => {
  it('are revealed one at a time with JavaScript', async () => {
    await withPage({}, CHALLENGE, async (page) => {
      const visible = () => page.locator('.hint-list > li').evaluateAll((items) => items.filter((i) => (i as HTMLElement).offsetParent !== null).length);
      expect(await visible()).toBe(1);
      await page.click('.hint-list > li:nth-child(1) summary');
      await expect.poll(visible).toBe(2);
      expect(await page.isVisible('.hint-list > li:nth-child(1) details > p')).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hint 2 of 4');
      await page.keyboard.press('Enter');
      await expect.poll(visible).toBe(3);
    });
  });

  it('are all offered as <details> without JavaScript', async () => {
    await withPage({ javaScriptEnabled: false }, CHALLENGE, async (page) => {
      expect(await page.locator('.hint-list summary:visible').count()).toBe(4);
      expect(await page.isVisible('.hint-list > li:nth-child(3) details > p')).toBe(false);
    });
  });
});

describe('catalog', () => {
  it("shows the learner's progress on each course card", async () => {
    await withPage({}, `${COURSE}what-is-a-distributed-system/`, async (page) => {
      for (const i of [0, 1]) await answerQuickCheck(page, i);
      await page.goto(site.url + '/concepts/');
      await expect.poll(() => page.locator('.card-progress .progress-line').textContent()).toBe(`Your progress: ${doneOf(1)} · ${percentOf(1)}`);
      expect(await page.getAttribute('.card-progress [role=progressbar]', 'aria-valuenow')).toBe('6');
    });
  });


  it('filters courses by category with the radio buttons, and says when a category is empty', async () => {
    await withPage({}, '/concepts/', async (page) => {
      const card = '.catalog .card-list > li[data-category="system-design"]';
      expect(await page.isVisible(card)).toBe(true);
      expect(await page.isVisible('[data-empty-for="dsa"]')).toBe(false);
      await page.check('input[value="dsa"]');
      expect(await page.isVisible(card)).toBe(false);
      expect(await page.isVisible('[data-empty-for="dsa"]')).toBe(true);
      await page.keyboard.press('ArrowLeft');
      expect(await page.isVisible(card)).toBe(true);
    });
  });
});

describe('layout', () => {
  const paths = ['/', '/concepts/', COURSE, `${COURSE}timeout-code-examples/`, CHALLENGE, '/privacy/', `${COURSE}print/`, `${COURSE}practice/`, `${COURSE}review/`, '/progress/'];
  for (const width of [320, 900, 1600]) { // 900: just above the width where the menu gives way to inline links
    it(`has no horizontal scrolling at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(site.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }

  it('prints a section without navigation, with every part and the answers shown', async () => {
    await withPage({}, `${COURSE}what-is-a-distributed-system/`, async (page) => {
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.site-footer', '.part-tablist', '.pager', '.breadcrumbs']) expect(await page.isVisible(hidden), hidden).toBe(false);
      for (const shown of ['#part-read', '#part-code', '#part-quiz']) expect(await page.isVisible(shown), shown).toBe(true);
      expect(await page.locator('.qc-answer [data-answer]').first().isVisible()).toBe(true);
    });
  });
});

describe('site search', () => {
  const open = async (page: Page, query: string) => {
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#site-search-input').fill(query);
    await page.waitForSelector('.search-hit');
  };
  const status = (page: Page) => page.locator('#site-search-status').textContent();

  it('shows ten results, then ten more at a time, moving focus to the first new one, until all are shown', async () => {
    await withPage({}, '/', async (page) => {
      await open(page, 'the');
      await expect.poll(() => status(page)).toMatch(/^\d+ results for “the”, showing the first 10\.$/);
      const total = Number(/^(\d+)/.exec((await status(page))!)![1]);
      expect(total).toBeGreaterThan(10);
      expect(await page.locator('.search-hit').count()).toBe(10);
      const before = await page.locator('.search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

      await page.getByRole('button', { name: 'Show more results' }).click();
      const after = Math.min(total, 20);
      await expect.poll(() => page.locator('.search-hit').count()).toBe(after);
      const hrefs = await page.locator('.search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs).size).toBe(after);
      expect(hrefs.filter((h) => before.includes(h))).toHaveLength(10);
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(before).not.toContain(focused);
      expect(hrefs).toContain(focused);
      expect(await status(page)).toBe(after < total ? `${total} results for “the”, showing the first ${after}.` : `${total} results for “the”.`);
      expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(after < total);
    });
  });

  // The service worker is blocked in these two, so that the page's own requests for results are the ones held or failed.
  it('keeps the results shown when more cannot be loaded, and tries again on the next click', async () => {
    await withPage({ serviceWorkers: 'block' }, '/', async (page) => {
      await open(page, 'the');
      await expect.poll(() => page.locator('.search-hit').count()).toBe(10);
      await page.route('**/pagefind/fragment/**', (route) => route.abort());
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => status(page)).toBe('More results could not be loaded. Choose Show more results to try again.');
      expect(await page.locator('.search-hit').count()).toBe(10);
      await page.unroute('**/pagefind/fragment/**');
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(10);
    });
  });

  it('does not take focus from the search field when the dialog was closed and reopened while more results loaded', async () => {
    await withPage({ serviceWorkers: 'block' }, '/', async (page) => {
      await open(page, 'the');
      await expect.poll(() => page.locator('.search-hit').count()).toBe(10);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let holding = 0;
      await page.route('**/pagefind/fragment/**', async (route) => { holding++; await held; await route.continue(); });
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => holding).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      await page.keyboard.press('Control+K');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
      release();
      await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(10);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    });
  });

  it('hides the "more" button again for a new query whose results all fit', async () => {
    await withPage({}, '/', async (page) => {
      await open(page, 'the');
      await page.getByRole('button', { name: 'Show more results' }).click();
      await page.locator('#site-search-input').fill('split-brain');
      await expect.poll(() => status(page)).toMatch(/^\d+ results? for “split-brain”/);
      const total = Number(/^(\d+)/.exec((await status(page))!)![1]);
      expect(total).toBeLessThanOrEqual(10);
      await expect.poll(() => page.locator('.search-hit').count()).toBe(total);
      expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
    });
  });
});
