import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Runs `npm run check` (the script behind it) the way a contributor or CI does. */
function runCheck(contentDir: string, ...args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check-content.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run check (command line)', () => {
  it('exits 1 on errors and prints each with file:line:column, field, message and fix', () => {
    const { code, out } = runCheck('tests/fixtures/check/broken');
    expect(code).toBe(1);
    expect(out).toContain('tests/fixtures/check/broken/concepts/demo/answer-not-an-option.md:14:13\n  quiz[0].answer: answer "E" is not among the 4 options (expected a letter from A to D)\n  fix: set answer to the letter of the correct option (A is the first)');
    expect(out).toMatch(/Content check failed: \d+ errors and \d+ warnings in \d+ files/);
  });

  it('prints GitHub Actions annotations with --format=github', () => {
    const { code, out } = runCheck('tests/fixtures/check/broken', '--format=github');
    expect(code).toBe(1);
    expect(out).toContain('::error file=tests/fixtures/check/broken/concepts/demo/answer-not-an-option.md,line=14,col=13,title=quiz[0].answer::answer "E" is not among the 4 options (expected a letter from A to D)%0AFix: set answer to the letter of the correct option (A is the first)');
    expect(out).toMatch(/^::warning file=tests\/fixtures\/check\/broken\/concepts\/demo\/html-comment\.md,line=\d+,col=1,title=HTML comment::/m);
    for (const line of out.trim().split('\n').slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=/);
  });

  it('exits 0 when the content is valid', () => {
    const { code, out } = runCheck('tests/fixtures/check/valid');
    expect(code).toBe(0);
    expect(out).toContain('Content check passed: 6 files, no problems.');
  });
});
