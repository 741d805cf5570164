import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { answerQuickCheck } from './quiz';
import { withBase } from '../../src/lib/paths';

/** Where a built site is served and how it spells its URLs. */
export interface SiteUnderTest {
  origin: string;
  base: string;
  trailingSlash: 'always' | 'never' | 'ignore';
}

export const COURSE_ID = 'failure-modes-in-distributed-systems';
export const COURSE_TITLE = 'Failure Modes in Distributed Systems';

/** Absolute URL of a site path (written with a trailing slash, as href() takes it). */
export const urlOf = (site: SiteUnderTest, path: string) => site.origin + withBase(site.base, path, site.trailingSlash);
export const sectionUrl = (site: SiteUnderTest, slug: string) => urlOf(site, `concepts/${COURSE_ID}/${slug}/`);

/** Waits until the service worker has installed, precached the site and taken control of the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 20_000 });
}

/** Answers quick check `i` of the open section correctly. */
export const answerCorrectly = (page: Page, i: number) => answerQuickCheck(page, i);

/** Opens search with Ctrl+K, types a query and waits for its results. */
export async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('#site-search-input').fill(query);
  await expect.poll(() => page.locator('#site-search-status').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`results? for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
}

/**
 * The offline journey of the issue: visit once, go offline, open another section, answer a quick
 * check, search and open a result, reload, see progress kept, and get the offline page for a page
 * that was never saved. Returns the page, still offline.
 */
export async function offlineJourney(context: BrowserContext, site: SiteUnderTest): Promise<Page> {
  const page = await context.newPage();
  await page.goto(sectionUrl(site, 'what-is-a-distributed-system'));
  await waitForServiceWorker(page);
  await context.setOffline(true);

  await page.locator('a[rel=next]').click();
  await page.waitForURL(sectionUrl(site, 'network-partitions'));
  await expect.poll(() => page.locator('h1').textContent()).toBe('Network Partitions');
  await answerCorrectly(page, 0);

  // An identifier that appears only in code, so the result links into the Code part.
  await search(page, 'raise_for_status');
  const group = page.locator('.search-group').first();
  expect(await group.locator('h3').textContent()).toBe(COURSE_TITLE);
  expect(await group.locator('mark').count()).toBeGreaterThan(0);
  const hit = group.locator('.search-hit').first();
  const target = (await hit.getAttribute('href'))!;
  expect(target).toMatch(new RegExp(`^${site.base}concepts/${COURSE_ID}/[a-z-]+${site.trailingSlash === 'never' ? '' : '/'}#[a-z0-9-]+$`));
  await hit.click();
  await page.waitForURL(site.origin + target);
  const id = decodeURIComponent(target.split('#')[1]!);
  await expect.poll(() => page.locator(`[id="${id}"]`).isVisible()).toBe(true);

  await page.reload();
  await expect.poll(() => page.locator(`[id="${id}"]`).isVisible()).toBe(true);

  // A result on the page being read opens the part that holds it, here the Code part while Read is shown.
  await page.getByRole('tab', { name: 'Read' }).click();
  expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(false);
  await search(page, 'raise_for_status');
  expect(await hit.getAttribute('href')).toBe(target);
  await hit.click();
  await expect.poll(() => page.locator(`[id="${id}"]`).isVisible()).toBe(true);

  await page.goto(sectionUrl(site, 'network-partitions'));
  await page.getByRole('tab', { name: 'Quiz' }).click();
  await expect.poll(() => page.locator('.qc[data-index="0"] [role=status]').textContent(), { timeout: 5000 }).toBe('Correct.');

  await page.goto(urlOf(site, 'never-saved-page/'));
  await expect.poll(() => page.locator('h1').textContent()).toBe('You are offline');
  expect(await page.locator(`a[href="${withBase(site.base, `concepts/${COURSE_ID}/network-partitions/`, site.trailingSlash)}"]`).count()).toBe(1);
  return page;
}
