import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { page } from '../helpers/built-site';
import { REPOSITORY } from '../../src/site-config';
import { CHALLENGE_COUNT, SECTION_COUNT } from '../helpers/course-facts';

const ROOT = join(import.meta.dirname, '..', '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';

/** Every section and challenge source file, with the page built from it. */
const pages = [
  ...globSync('content/concepts/*/*.md', { cwd: ROOT }).map((file) => ({ file, path: file.replace(/^content\//, '').replace(/\.md$/, '/') })),
  ...globSync('content/challenges/*.md', { cwd: ROOT }).map((file) => ({ file, path: file.replace(/^content\//, '').replace(/\.md$/, '/') })),
];

describe('"Edit this page" and "Last updated" on every section and challenge', () => {
  it('covers every section and challenge', () => {
    expect(pages.length).toBe(SECTION_COUNT + CHALLENGE_COUNT);
  });

  for (const { file, path } of pages) {
    it(path, () => {
      const html = page(path);
      const footer = /<footer class="page-source"[^>]*>([\s\S]*?)<\/footer>/.exec(html)?.[1];
      expect(footer, 'page-source footer').toBeDefined();
      expect(footer).toContain(`<a href="${REPOSITORY.url}/edit/${REPOSITORY.branch}/${file}">Edit this page on GitHub</a>`);
      const committed = git('log', '-1', '--format=%cI', '--', file);
      if (shallow || !committed) {
        // Without history the date is left out rather than guessed.
        expect(footer).not.toContain('Last updated');
      } else {
        expect(footer).toMatch(new RegExp(`Last updated <time datetime="${committed.replace(/\+/g, '\\+')}">\\d{1,2} \\w+ \\d{4}</time>`));
      }
    });
  }
});
