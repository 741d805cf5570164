import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Waits until the page script has bound the quick check at `locator` (it sets `data-ready`), so clicks do something. */
export async function waitForQuickCheck(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((el) => el.closest('.qc')?.hasAttribute('data-ready') === true), { timeout: 10_000 }).toBe(true);
}

/** Opens the Quiz tab and answers quick check `i`, rightly or not; the answer is read from the page's own <details>. */
export async function answerQuickCheck(page: Page, i: number, correct = true): Promise<void> {
  await page.getByRole('tab', { name: 'Quiz' }).click();
  const check = page.locator(`.qc[data-index="${i}"]`);
  await waitForQuickCheck(check);
  const right = Number(await check.locator('[data-answer]').getAttribute('data-answer'));
  await check.locator('input[type=radio]').nth(correct ? right : (right + 1) % 4).check();
  await check.locator('.qc-actions button').click();
  await expect.poll(() => check.locator('[role=status]').textContent(), { timeout: 5000 }).toMatch(correct ? /^Correct\.$/ : /^Not quite/);
}

/** Keys stored in the site's IndexedDB store, read the way the storage module writes them (database "learning-site", store "learner"). */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('learning-site');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('learner')) return resolve([]);
      const request = db.transaction('learner').objectStore('learner').getAllKeys();
      request.onsuccess = () => { db.close(); resolve(request.result.map(String)); };
    };
  }));
}
