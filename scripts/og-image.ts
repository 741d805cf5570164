/**
 * Draws public/og-image.png, the 1200 × 630 picture shown in link previews (Open Graph), from
 * the site name and tagline. Run it after changing either: npm run og-image.
 */
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { SITE } from '../src/site-config.ts';

const OUT = join(import.meta.dirname, '..', 'public', 'og-image.png');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px 96px;background:#0f1116;color:#e8eaf0;
  font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:space-between;border-bottom:16px solid #8fb0ff">
  <div style="display:flex;align-items:center;gap:24px;font-size:44px;font-weight:700">
    <svg viewBox="0 0 32 32" width="72" height="72"><rect width="32" height="32" rx="7" fill="#1f4fd1"/><path d="M8 22 14 10l4 8 3-5 3 9" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>
    ${escape(SITE.name)}
  </div>
  <div style="font-size:64px;font-weight:700;line-height:1.15;max-width:960px">Learn how distributed systems fail, two minutes at a time</div>
  <div style="font-size:32px;color:#aab1bf">Free · no account · quick checks · code in three languages</div>
</div></body></html>`;

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
}
