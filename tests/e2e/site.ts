import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic } from './static-server';
import { DIST } from '../helpers/built-site';

/** Serves a built site and launches Chromium for one test file; both are closed after it. */
export function useBuiltSite(root = DIST): { browser: Browser; url: string } {
  const site = {} as { browser: Browser; url: string };
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
