import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../scripts/content-check/index';

const guide = readFileSync(join(import.meta.dirname, '..', '..', '..', 'CONTRIBUTING.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'contributing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The annotated example section, exactly as CONTRIBUTING.md shows it. */
const example = /<!-- example-section -->\n````markdown\n([\s\S]*?)````\n<!-- \/example-section -->/.exec(guide)?.[1];

describe('CONTRIBUTING.md', () => {
  it('shows an annotated example section that passes the check without a single warning', () => {
    expect(example).toBeDefined();
    mkdirSync(join(dir, 'concepts', 'demo'), { recursive: true });
    writeFileSync(join(dir, 'concepts', 'demo', 'course.yaml'), 'title: Demo\nsummary: S.\ncategory: system-design\nlevel: beginner\n');
    writeFileSync(join(dir, 'concepts', 'demo', 'backoff-with-jitter.md'), example!);
    expect(checkContent({ root: dir, contentDir: dir }).problems).toEqual([]);
  });

  it('covers organisation, the quiz and code rules, preview and checks', () => {
    for (const heading of ['## How content is organised', '## A section file, annotated', '## Quick checks', '## Code examples', '## Preview your change', '## Check your change']) {
      expect(guide).toContain(heading);
    }
    for (const command of ['npm run new:section --', 'npm run new:course --', 'npm run dev', 'npm run check', '--format=github', 'npm run docs:fields']) expect(guide).toContain(command);
  });
});
