/**
 * Screenshots for design review: the home, course, section and challenge pages at 375 px and
 * 1280 px wide, in the light and the dark theme, written to screenshots/ (gitignored).
 * Usage: npm run screenshots (builds first). Uses Debian's Chromium, like the browser tests.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');
const COURSE = '/concepts/failure-modes-in-distributed-systems/';
const PAGES: Record<string, string> = {
  home: '/',
  course: COURSE,
  section: `${COURSE}what-is-a-distributed-system/`,
  challenge: '/challenges/checkout-slow-payment-provider/',
};
const WIDTHS = [375, 1280];
const THEMES = ['light', 'dark'] as const;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await launchBrowser();
  try {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        // The theme comes from the system setting, as for a first-time visitor.
        const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const [name, path] of Object.entries(PAGES)) {
          await page.goto(server.url + path, { waitUntil: 'networkidle' });
          const file = join(OUT, `${name}-${width}-${theme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`wrote ${file}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
