import { answerQuickCheck, storedKeys } from './quiz';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchConsole } from './browser';
import { useBuiltSite } from './site';
import { doneOf } from '../helpers/course-facts';

const COURSE = '/concepts/failure-modes-in-distributed-systems/';
const PRACTICE = `${COURSE}practice/`;

const site = useBuiltSite();

/** The answer key as the page itself states it in its <details> answers (question text -> right option text). */
async function answerKey(page: Page): Promise<Map<string, string>> {
  const pairs = await page.locator('.practice-item').evaluateAll((items) => items.map((li) => {
    const answer = Number(li.querySelector('[data-answer]')!.getAttribute('data-answer'));
    return [li.querySelector('.qc-question')!.textContent!, li.querySelectorAll('.practice-options li')[answer]!.textContent!];
  }));
  return new Map(pairs as [string, string][]);
}

/** Answers the question on screen: the right option when `right`, otherwise the first wrong one. */
async function answerShown(page: Page, key: Map<string, string>, right: boolean) {
  const question = (await page.locator('.pt-question .qc-question').textContent())!;
  const options = page.locator('.pt-question .qc-option');
  const texts = await options.locator('span:last-child').allTextContents();
  const target = right ? texts.indexOf(key.get(question)!) : texts.findIndex((t) => t !== key.get(question));
  await options.nth(target).locator('input').check();
}

async function start(page: Page, query: string) {
  await page.goto(site.url + PRACTICE + query);
  await page.getByRole('button', { name: 'Start the test' }).click();
  await page.waitForSelector('.pt-question');
}

describe('practice test', () => {
  it('scores a known pattern exactly: 21 right and 9 wrong is 70%, a pass, and marks the practice unit done', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const messages = watchConsole(page);
    await start(page, '?seed=42');
    const key = await answerKey(page);
    expect(key.size).toBe(30);
    for (let i = 0; i < 30; i++) {
      await answerShown(page, key, i % 10 !== 0 && i !== 29 && i !== 28 && i !== 27 && i !== 26 && i !== 25 && i !== 24);
      if (i < 29) await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('button', { name: 'Submit the test…' }).click();
    await expect.poll(() => page.locator('dialog[open]').textContent()).toContain('Unanswered: none');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect.poll(() => page.locator('#pt-result-heading').textContent()).toBe('Result: 21 of 30 (70%) · Passed');
    await expect(page.locator('.pt-review li[data-correct="false"]').count()).resolves.toBe(9);
    await page.goto(site.url + COURSE);
    await expect.poll(() => page.locator('.progress-line').textContent()).toContain(doneOf(1));
    expect(messages).toEqual([]);
    await context.close();
  });

  it('keeps answers, flags and the deadline across a reload mid-test', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await start(page, '?seed=7');
    const key = await answerKey(page);
    await answerShown(page, key, true);
    await page.getByLabel('Flag this question to come back to it').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.pt-heading').textContent()).toBe('Question 2 of 30');
    const before = await page.locator('.pt-clock strong').textContent();
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForSelector('.pt-question');
    await expect.poll(() => page.locator('.pt-nav-button[data-answered]').count()).toBe(1);
    await expect(page.locator('.pt-nav-button[data-flagged]').count()).resolves.toBe(1);
    await expect(page.locator('.pt-heading').textContent()).resolves.toBe('Question 2 of 30'); // back where the learner was
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => page.locator('.pt-question input[type=radio]:checked').count()).toBe(1);
    const after = (await page.locator('.pt-clock strong').textContent())!;
    const seconds = (t: string) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1]);
    expect(seconds(after)).toBeLessThan(seconds(before!));
    expect(seconds(after)).toBeGreaterThan(seconds(before!) - 30);
    await context.close();
  });

  it('submits by itself when the time runs out, with what was answered', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.clock.install(); // a controlled clock: the test decides when the minute is over, whatever the machine's load
    await start(page, '?seed=3&seconds=60');
    const key = await answerKey(page);
    await answerShown(page, key, true);
    await expect.poll(() => page.locator('.pt-nav-button[data-answered]').count()).toBe(1);
    await page.clock.fastForward(61_000);
    await expect.poll(() => page.locator('#pt-result-heading').count(), { timeout: 10_000 }).toBe(1);
    await expect(page.locator('#pt-result-heading').textContent()).resolves.toBe('Result: 1 of 30 (3%) · Not passed yet');
    await context.close();
  });
});

describe('review queue', () => {
  it('takes a wrongly answered quick check, and asks it again when it is due', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + `${COURSE}slow-dependencies/`);
    await answerQuickCheck(page, 0, false);
    // Leave the page only once the answer and its review item are in IndexedDB, as a learner a moment later would.
    await expect.poll(() => storedKeys(page)).toContain('review:failure-modes-in-distributed-systems/slow-dependencies#0');
    const right = Number(await page.locator('.qc').first().locator('[data-answer]').getAttribute('data-answer'));
    await page.goto(site.url + '/progress/');
    await expect.poll(() => page.locator('.stats').textContent()).toContain('Review0 due · 1 later');

    const later = await context.newPage();
    await later.clock.install({ time: Date.now() + 2 * 24 * 3600 * 1000 });
    await later.goto(site.url + `${COURSE}review/`);
    await expect.poll(() => later.locator('.qc-count').textContent()).toBe('Review 1 of 1');
    await later.locator('.qc-option input').nth(right).check();
    await later.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => later.locator('.qc-result').textContent()).toBe('Correct.');
    await later.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => later.locator('.review-empty').textContent()).toContain('Review done: 1 question answered.');
    await context.close();
  });
});
