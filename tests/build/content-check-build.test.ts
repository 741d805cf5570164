import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkContent } from '../../scripts/content-check/index';
import { formatProblem } from '../../src/lib/content-error';

const ROOT = join(import.meta.dirname, '..', '..');
const BROKEN = 'tests/fixtures/check/broken';

describe('astro build on broken content', () => {
  it('stops before loading content, with the same messages as npm run check', () => {
    const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: BROKEN, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    const { problems } = checkContent({ root: ROOT, contentDir: BROKEN });
    expect(problems.length).toBeGreaterThan(20);
    for (const problem of problems) expect(output).toContain(formatProblem(problem));
    expect(output).not.toContain('[build] Complete!');
  });
});
