import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../scripts/content-check/index';
import { formatProblem } from '../../src/lib/content-error';

const ROOT = join(import.meta.dirname, '..', '..');
const BROKEN = 'tests/fixtures/check/broken';

/** Builds the site from another content folder, into a folder of its own, and returns its output. */
function buildFrom(contentDir: string) {
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', mkdtempSync(join(tmpdir(), 'check-build-'))], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: build.status, output: build.stdout + build.stderr };
}

describe('astro build on broken content', () => {
  it('stops before building any page, with the same messages as npm run check', () => {
    const build = buildFrom(BROKEN);
    const { output } = build;
    expect(build.status).not.toBe(0);
    const { problems } = checkContent({ root: ROOT, contentDir: BROKEN });
    expect(problems.length).toBeGreaterThan(20);
    for (const problem of problems) expect(output).toContain(formatProblem(problem));
    expect(output).not.toContain('[build] Complete!');
  });

  it('also stops on problems only the check sees (content that loads, but ids that clash across files)', () => {
    const fixture = 'tests/fixtures/check/duplicate-practice-id';
    const { problems } = checkContent({ root: ROOT, contentDir: fixture });
    expect(problems.some((p) => p.severity !== 'warning')).toBe(true);
    const build = buildFrom(fixture);
    expect(build.status).not.toBe(0);
    for (const problem of problems) expect(build.output).toContain(formatProblem(problem));
    expect(build.output).not.toContain('generating static routes');
  });
});
