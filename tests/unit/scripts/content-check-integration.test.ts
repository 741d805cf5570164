import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { contentCheck } from '../../../scripts/content-check/astro-integration';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Runs the integration's setup as `astro dev` would, with CONTENT_DIR pointing at `contentDir`, and returns what it logged. */
function startDev(contentDir: string) {
  const logged: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => void logged.push({ level, message });
  const logger = { info: log('info'), warn: log('warn'), error: log('error') };
  process.env.CONTENT_DIR = contentDir;
  const setup = contentCheck().hooks['astro:config:setup'] as NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
  setup({ command: 'dev', config: { root: pathToFileURL(`${ROOT}/`) }, logger } as never);
  return logged;
}

const previous = process.env.CONTENT_DIR;
afterEach(() => { if (previous === undefined) delete process.env.CONTENT_DIR; else process.env.CONTENT_DIR = previous; });

describe('content check in the dev server', () => {
  it('says the check passed when content has no problems, so a contributor knows a fix was taken', () => {
    const logged = startDev('tests/fixtures/check/valid');
    expect(logged).toEqual([{ level: 'info', message: expect.stringMatching(/^Content check passed: \d+ files, no problems\.$/) }]);
  });

  it('reports problems as a warning, and never stops the dev server', () => {
    const logged = startDev('tests/fixtures/check/broken');
    expect(logged.map((l) => l.level)).toEqual(['warn']);
    expect(logged[0]!.message).toMatch(/Content check failed: \d+ errors/);
  });
});

describe('content check in a build', () => {
  it('checks in the build\'s own process, with a one-line warning, when its own process cannot start', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-check-process-')); // a project without scripts/content-check/process.mjs
    try {
      const logged: { level: string; message: string }[] = [];
      const log = (level: string) => (message: string) => void logged.push({ level, message });
      const logger = { info: log('info'), warn: log('warn'), error: log('error') };
      process.env.CONTENT_DIR = join(ROOT, 'tests/fixtures/check/valid');
      const { hooks } = contentCheck();
      (hooks['astro:config:setup'] as (o: unknown) => void)({ command: 'build', config: { root: pathToFileURL(`${elsewhere}/`) }, logger });
      await (hooks['astro:build:start'] as (o: unknown) => Promise<void>)({ logger });
      expect(logged).toEqual([{ level: 'warn', message: expect.stringMatching(/^The content check ran in the build's own process: its process failed \(.*Cannot find module.*\)\.$/) }]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
