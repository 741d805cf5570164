import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tabTo, watchConsole } from './browser';
import { useBuiltSite } from './site';
import { waitForQuickCheck } from './quiz';
import { doneOf, percentOf } from '../helpers/course-facts';

const COURSE = '/concepts/failure-modes-in-distributed-systems/';
const SECTION_1 = `${COURSE}what-is-a-distributed-system/`;

const site = useBuiltSite();

/** The correct option of quick check `i`, read from the page's own <details> answer (not hard-coded). */
const answerOf = (page: Page, i: number) => page.locator('.qc').nth(i).locator('[data-answer]').getAttribute('data-answer').then(Number);

/** Answers quick check `i` with the keyboard only: Tab into the radio group, arrows to the option, Tab to Check, Enter. */
async function answerWithKeyboard(page: Page, i: number, option: number, focusIsInGroup = false) {
  const radios = `.qc[data-index="${i}"] input[type=radio]`;
  await waitForQuickCheck(page.locator(`.qc[data-index="${i}"]`));
  if (!focusIsInGroup) await tabTo(page, radios);
  const focused = await page.evaluate(() => Number((document.activeElement as HTMLInputElement).value));
  expect(focused).toBe(0); // nothing selected yet: Tab lands on the first option
  for (let k = 0; k < option; k++) await page.keyboard.press('ArrowDown');
  if (option === 0) await page.keyboard.press('Space');
  await tabTo(page, `.qc[data-index="${i}"] .qc-actions button`);
  await page.keyboard.press('Enter');
}

describe('a learner answering section 1', () => {
  let context: BrowserContext;
  let page: Page;
  let consoleMessages: string[];
  beforeAll(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
    consoleMessages = watchConsole(page);
    await page.goto(site.url + SECTION_1);
  });
  afterAll(async () => context?.close());

  it('opens on the Read tab and reaches the Quiz tab with the arrow keys', async () => {
    await expect(page.locator('#part-read').isVisible()).resolves.toBe(true);
    await expect(page.locator('#part-quiz').isVisible()).resolves.toBe(false);
    await tabTo(page, '[role=tab][aria-selected=true]');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Quiz');
    await expect(page.locator('#part-quiz').isVisible()).resolves.toBe(true);
    await expect(page.locator('#part-read').isVisible()).resolves.toBe(false);
  });

  it('says what is left before the quiz is answered', async () => {
    await expect.poll(() => page.locator('.section-status').textContent(), { timeout: 3000 }).toContain('Answer the quiz to continue (0 of 2');
  });

  it('marks a wrong answer, announces it, shows the explanation and lets the learner try again', async () => {
    const right = await answerOf(page, 0);
    await answerWithKeyboard(page, 0, (right + 1) % 4);
    const result = page.locator('.qc').nth(0).locator('[role=status]');
    await expect.poll(() => result.textContent(), { timeout: 3000 }).toBe(`Not quite. The answer is ${'ABCD'[right]}.`);
    await expect(page.locator('.qc').nth(0).locator('details.qc-answer').isVisible()).resolves.toBe(true);
    await tabTo(page, '.qc[data-index="0"] .qc-actions button');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Try again');
    await page.waitForTimeout(400); // an Enter within 300 ms of the answer counts as a repeat of it (tested below)
    await page.keyboard.press('Enter');
    await expect.poll(() => result.textContent(), { timeout: 3000 }).toBe('');
    // Focus returns to the first, now unchecked, option of the same quick check.
    await page.waitForFunction(() => document.activeElement?.matches('.qc[data-index="0"] input[type=radio]:not(:checked)'), null, { timeout: 2000 });
  });

  it('answers both quick checks correctly with the keyboard only', async () => {
    for (const i of [0, 1]) {
      await answerWithKeyboard(page, i, await answerOf(page, i), i === 0);
      await expect.poll(() => page.locator('.qc').nth(i).locator('[role=status]').textContent(), { timeout: 3000 }).toBe('Correct.');
    }
    await expect.poll(() => page.locator('.section-status').textContent(), { timeout: 3000 }).toContain('Section done');
  });

  it('still shows the section done after a reload', async () => {
    await page.reload();
    await page.waitForSelector('.section-status[data-done]');
    await expect.poll(() => page.locator('.section-status').textContent(), { timeout: 3000 }).toContain('Section done');
  });

  it('shows one unit done on the course page, with the done mark on section 1', async () => {
    await page.goto(site.url + COURSE);
    await page.waitForFunction((done) => document.querySelector('.progress-line')?.textContent?.includes(done), doneOf(1));
    expect(await page.locator('.progress-line').textContent()).toMatch(new RegExp(`${doneOf(1)} · ~\\d+ min left · ${percentOf(1)}`));
    await expect(page.locator('.outline-item').first().locator('.done-mark[data-done]').count()).resolves.toBe(1);
    await expect(page.locator('.outline-item').nth(1).locator('.done-mark[data-done]').count()).resolves.toBe(0);
    await expect.poll(() => page.locator('.continue').textContent(), { timeout: 3000 }).toContain('Network Partitions');
  });

  it('logged no errors or hydration warnings', () => {
    expect(consoleMessages).toEqual([]);
  });
});

describe('a double click', () => {
  it('keeps the answer when Check is double-clicked: the second click is not taken as Try again', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + SECTION_1);
    await page.getByRole('tab', { name: 'Quiz' }).click();
    const check = page.locator('.qc[data-index="1"]');
    await waitForQuickCheck(check);
    await check.locator('input[type=radio]').nth(((await answerOf(page, 1)) + 1) % 4).check();
    await check.locator('.qc-actions button').dblclick();
    await expect.poll(() => check.locator('[role=status]').textContent(), { timeout: 3000 }).toMatch(/^Not quite/);
    await page.waitForTimeout(400);
    expect(await check.locator('[role=status]').textContent()).toMatch(/^Not quite/);
    expect(await check.locator('.qc-actions button').textContent()).toBe('Try again');
    await check.locator('.qc-actions button').click();
    await expect.poll(() => check.locator('[role=status]').textContent()).toBe('');
    expect(await check.locator('details.qc-answer').getAttribute('open')).toBeNull(); // closed again for the retry
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows every part in order and reveals answers in <details>', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + SECTION_1);
    for (const part of ['#part-read', '#part-code', '#part-quiz']) await expect(page.locator(part).isVisible()).resolves.toBe(true);
    await expect(page.locator('.part-tablist').isVisible()).resolves.toBe(false);
    const details = page.locator('details.qc-answer').first();
    await expect(details.locator('p').nth(1).isVisible()).resolves.toBe(false);
    await details.locator('summary').click();
    await expect(details.locator('p').nth(1).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
