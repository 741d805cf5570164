import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, tabTo } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { DIST } from '../helpers/built-site';
import { filesUnder } from '../helpers/internal-links';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { answerCorrectly, search, sectionUrl, waitForServiceWorker, type SiteUnderTest } from './offline-visit';

const MARKER = 'This page comes from version 2.';

/**
 * Gives a hashed file in `_astro/` a new name, as a build does when its content changes, and
 * updates every file that refers to it; a script that changed that way is renamed in turn.
 */
function rehash(dir: string, name: string): void {
  const renamed = name.replace(/\.[\w-]+\.js$/, '.v2NEW.js');
  renameSync(join(dir, '_astro', name), join(dir, '_astro', renamed));
  for (const f of filesUnder(dir).filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (!text.includes(name)) continue;
    writeFileSync(join(dir, f), text.replaceAll(name, renamed));
    if (f.startsWith('_astro/') && !f.includes('.v2NEW.')) rehash(dir, f.slice('_astro/'.length));
  }
}

/**
 * Version 2 of the site: one page's text changed, and the search script renamed (a new content
 * hash, the old file gone from the server), then the service worker generated again for it.
 */
async function secondVersion(from: string, to: string): Promise<void> {
  cpSync(from, to, { recursive: true });
  const page = join(to, 'concepts/failure-modes-in-distributed-systems/network-partitions/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<main id="main" tabindex="-1">', `<main id="main" tabindex="-1"><p id="v2">${MARKER}</p>`));
  rehash(to, readdirSync(join(to, '_astro')).find((f) => /^site-search\.[\w-]+\.js$/.test(f))!);
  await writeServiceWorker(to, 'directory');
}

let browser: Browser;
let server: StaticServer;
let work: string;
let site: SiteUnderTest;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'site-update-'));
  cpSync(DIST, join(work, 'v1'), { recursive: true });
  await secondVersion(DIST, join(work, 'v2'));
  server = await serveStatic(join(work, 'v1'));
  browser = await launchBrowser();
  site = { origin: server.url, base: '/', trailingSlash: 'ignore' };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a new deploy while the learner has the site open', () => {
  it('keeps serving one consistent version, offers "New version available — Reload", and keeps progress', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const section = sectionUrl(site, 'network-partitions');
    await page.goto(section);
    await waitForServiceWorker(page);
    await answerCorrectly(page, 0);

    server.setRoot(join(work, 'v2'));
    await page.reload();
    const prompt = page.locator('.update-prompt[role=status]');
    await expect.poll(() => prompt.textContent(), { timeout: 15_000 }).toContain('New version available');
    expect(await axeViolations(page)).toEqual([]);
    // The prompt is near the top of the tab order (right after the skip link) and takes no focus itself.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await tabTo(page, '.update-prompt button', 3);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reload');

    // Until the learner chooses, the page stays on version 1, and its search script (gone from the
    // server) still loads from the cache instead of failing.
    expect(await page.locator('#v2').count()).toBe(0);
    await search(page, 'timeout');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reload');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#v2').textContent(), { timeout: 15_000 }).toBe(MARKER);
    expect(await prompt.textContent()).toBe('');

    await page.getByRole('tab', { name: 'Quiz' }).click();
    await expect.poll(() => page.locator('.qc[data-index="0"] [role=status]').textContent(), { timeout: 5000 }).toBe('Correct.');
    await search(page, 'timeout');
    await context.close();
  });
});
