import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { watchConsole } from './browser';
import { useBuiltSite } from './site';
import { answerQuickCheck, storedKeys } from './quiz';
import { sectionKey } from '../../src/storage/keys';
import { UNSAVED_KEY } from '../../src/storage/unsaved-writes';
import { doneOf } from '../helpers/course-facts';

const COURSE = '/concepts/failure-modes-in-distributed-systems/';
const S1 = `${COURSE}what-is-a-distributed-system/`;
const S2 = `${COURSE}network-partitions/`;
const SECTION_KEY = sectionKey('failure-modes-in-distributed-systems', 'what-is-a-distributed-system');

const site = useBuiltSite();

/** Answers every quick check on the open section page correctly. */
async function answerAllCorrectly(page: Page) {
  await page.bringToFront(); // background tabs are throttled
  for (const i of [0, 1]) await answerQuickCheck(page, i);
}

/** The notes box, scrolled into view so its island hydrates (it loads when visible). */
async function notesBox(page: Page) {
  const box = page.getByLabel('Your notes on this section');
  await box.scrollIntoViewIfNeeded();
  return box;
}

async function writeNote(page: Page, text: string) {
  const box = await notesBox(page);
  await box.fill(text);
  await expect.poll(() => page.locator('.notes-status').textContent(), { timeout: 3000 }).toMatch(/^Saved at/);
}

describe('notes', () => {
  it('save automatically, survive a reload, show as text on My Progress and never run as HTML', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const messages = watchConsole(page);
    await page.goto(site.url + S1);
    const note = 'Remember: every arrow is a network call.\n<img src=x onerror="window.pwned=1">';
    await writeNote(page, note);
    await expect(page.locator('.storage-notice').textContent()).resolves.toBe(''); // storage works here: no warning
    await page.reload();
    const box = await notesBox(page);
    await expect.poll(() => box.inputValue()).toBe(note);
    await page.goto(site.url + '/progress/');
    const listed = page.locator('.note-text');
    await expect.poll(() => listed.textContent()).toBe(note);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator('.note-list a').getAttribute('href')).resolves.toBe(S1);
    expect(messages).toEqual([]);
    await context.close();
  });

  it('keeps text typed just before a reload, when the save had no time to reach IndexedDB', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + S2);
    const box = await notesBox(page);
    await box.fill('typed, then reloaded at once');
    await page.reload(); // well inside the autosave delay
    await expect.poll(async () => (await notesBox(page)).inputValue()).toBe('typed, then reloaded at once');
    await expect.poll(() => page.locator('.notes-status').textContent(), { timeout: 3000 }).toMatch(/^Saved at/);
    await page.reload();
    await expect.poll(async () => (await notesBox(page)).inputValue()).toBe('typed, then reloaded at once');
    await context.close();
  });

  it('cannot be typed over before the stored note has loaded', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(site.url + S2);
    await writeNote(page, 'the stored note');
    // Hold the section script back: the box is on screen, but storage has not answered yet.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/_section_.*\.js$/, async (route) => { await held; await route.continue(); });
    await page.reload({ waitUntil: 'commit' }); // module scripts hold DOMContentLoaded back, so do not wait for it
    const box = page.getByLabel('Your notes on this section');
    await box.waitFor({ state: 'attached' });
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.readOnly)).toBe(true);
    await box.press('x').catch(() => undefined); // a key press goes nowhere while it is read-only
    expect(await box.inputValue()).toBe('');
    release();
    await expect.poll(() => box.inputValue()).toBe('the stored note');
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.readOnly)).toBe(false);
    await context.close();
  });
});

describe('leaving a page at once', () => {
  it('keeps an answer whose IndexedDB write never committed, and saves it on the next page', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(site.url + S1);
    await expect.poll(() => storedKeys(page)).toEqual(expect.arrayContaining(['meta:version']));
    // Every write from now on is cut short, as when the learner follows a link before IndexedDB commits.
    await page.evaluate(() => {
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof open>) {
        const transaction = open.apply(this, args);
        if (args[1] === 'readwrite') queueMicrotask(() => transaction.abort());
        return transaction;
      };
    });
    await answerQuickCheck(page, 0);
    expect(await storedKeys(page)).not.toContain(SECTION_KEY);
    await page.goto(site.url + COURSE);
    await expect.poll(() => storedKeys(page)).toContain(SECTION_KEY);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), UNSAVED_KEY)).toBeNull();
    await page.goto(site.url + S1);
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await expect.poll(() => page.locator('.qc[data-index="0"] [role=status]').textContent()).toBe('Correct.');
    await context.close();
  });
});

describe('two tabs', () => {
  let context: BrowserContext;
  beforeAll(async () => { context = await site.browser.newContext(); });
  afterAll(async () => context?.close());

  it('shows an answer given in one tab in the other within a second, without a reload', async () => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(site.url + S1);
    await b.goto(site.url + COURSE);
    await expect.poll(() => b.locator('.progress-line').textContent()).toContain(doneOf(0));
    await answerAllCorrectly(a);
    await expect.poll(() => b.locator('.progress-line').textContent(), { timeout: 1000 }).toContain(doneOf(1));
    await a.close();
    await b.close();
  });

  it('keeps both sections when each tab finishes a different one', async () => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(site.url + S2);
    await b.goto(site.url + `${COURSE}process-crashes/`);
    await answerAllCorrectly(a);
    await answerAllCorrectly(b);
    const course = await context.newPage();
    await course.goto(site.url + COURSE);
    await expect.poll(() => course.locator('.progress-line').textContent()).toContain(doneOf(3));
  });
});

describe('two tabs without BroadcastChannel', () => {
  it('still updates the other tab, through storage events', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => { delete (window as { BroadcastChannel?: unknown }).BroadcastChannel; });
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(site.url + S1);
    await b.goto(site.url + COURSE);
    expect(await b.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
    await expect.poll(() => b.locator('.progress-line').textContent()).toContain(doneOf(0));
    await answerAllCorrectly(a);
    await expect.poll(() => b.locator('.progress-line').textContent(), { timeout: 1000 }).toContain(doneOf(1));
    await context.close();
  });
});

describe('export and import', () => {
  it('restores progress and notes in a fresh browser profile, and reports what it imported', async () => {
    const first = await site.browser.newContext({ acceptDownloads: true });
    const page = await first.newPage();
    await page.goto(site.url + S1);
    await answerAllCorrectly(page);
    await writeNote(page, 'Exported note');
    await page.goto(site.url + '/progress/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress and notes' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'learning-site-progress', version: 2 });
    await first.close();

    const fresh = await site.browser.newContext();
    const other = await fresh.newPage();
    await other.goto(site.url + '/progress/');
    await other.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await expect.poll(() => other.locator('.my-progress-empty').textContent()).toContain('not started a course');
    await other.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "other"}') });
    await expect.poll(() => other.locator('.data-message').textContent()).toContain('not a progress export');
    await expect.poll(() => other.locator('.my-progress-empty').count()).toBe(1);
    await other.locator('input[type=file]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => other.locator('.data-message').textContent()).toMatch(/^1 section, 1 note, .*imported\.$/);
    await expect.poll(() => other.locator('.my-progress .progress-line').textContent()).toContain(doneOf(1));
    await expect(other.locator('.my-progress-empty').count()).resolves.toBe(0);
    await other.goto(site.url + S1);
    const box = await notesBox(other);
    await expect.poll(() => box.inputValue()).toBe('Exported note');
    await expect.poll(() => other.locator('.section-status').textContent()).toContain('Section done');
    await fresh.close();
  });
});

describe('when IndexedDB throws', () => {
  it('still lets the learner answer quick checks and tells them progress cannot be saved', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => { throw new DOMException('IndexedDB is disabled', 'InvalidStateError'); };
    });
    const page = await context.newPage();
    await page.goto(site.url + S1);
    await answerAllCorrectly(page);
    await expect.poll(() => page.locator('.section-status').textContent()).toContain('Section done');
    await expect.poll(() => page.locator('.storage-notice').textContent()).toContain('cannot be saved in this browser right now');
    await context.close();
  });

  it('never lets what was done on such a page replace progress saved before', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const saved = await context.newPage();
    await saved.goto(site.url + S1);
    await answerAllCorrectly(saved);
    await expect.poll(() => storedKeys(saved)).toContain(SECTION_KEY);
    const blocked = await context.newPage();
    await blocked.addInitScript(() => {
      IDBFactory.prototype.open = () => { throw new DOMException('IndexedDB is disabled', 'InvalidStateError'); };
    });
    await blocked.goto(site.url + S1);
    await answerQuickCheck(blocked, 0, false); // on a page that never saw the stored answers
    await blocked.close();
    await saved.goto(site.url + S1);
    await saved.getByRole('tab', { name: 'Quiz' }).click();
    await expect.poll(() => saved.locator('.section-status').textContent()).toContain('Section done');
    await expect.poll(() => saved.evaluate((key) => localStorage.getItem(key), UNSAVED_KEY)).toBeNull();
    await context.close();
  });
});

describe('My Progress', () => {
  it('resets a course after confirmation, keeping notes', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + S1);
    await answerAllCorrectly(page);
    await writeNote(page, 'Kept after reset');
    await page.goto(site.url + '/progress/');
    await expect.poll(() => page.locator('.stats').textContent()).toContain('Quick-check accuracy100%');
    await page.getByRole('button', { name: /^Reset progress in/ }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.my-progress .progress-line').textContent()).toContain(doneOf(1));
    await page.getByRole('button', { name: /^Reset progress in/ }).click();
    await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
    await expect.poll(() => page.locator('.my-progress .progress-line').textContent()).toContain(doneOf(0));
    await expect.poll(() => page.locator('.note-text').textContent()).toBe('Kept after reset');
    await page.reload();
    await expect.poll(() => page.locator('.my-progress .progress-line').textContent()).toContain(doneOf(0));
    await context.close();
  });
});
