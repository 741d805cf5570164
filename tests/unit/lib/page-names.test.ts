import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_PAGE_NAMES, pageNameProblems, type NamedFile } from '../../../src/lib/page-names';

const section = (entry: string): NamedFile => ({ kind: 'section', entry, file: `content/${entry}` });
const challenge = (entry: string): NamedFile => ({ kind: 'challenge', entry, file: `content/${entry}` });

describe('pageNameProblems', () => {
  it('lists exactly the pages a course has beside its sections (src/pages/concepts/[course]/)', () => {
    const routes = readdirSync(join(import.meta.dirname, '../../../src/pages/concepts/[course]'))
      .map((f) => f.replace(/\.astro$/, ''))
      .filter((name) => !name.startsWith('[') && name !== 'index');
    expect([...COURSE_PAGE_NAMES].sort()).toEqual(routes.sort());
  });

  it('reports a section named after each of those pages, with its URL and a new name', () => {
    for (const name of COURSE_PAGE_NAMES) {
      const [problem, ...rest] = pageNameProblems([section(`concepts/retries/${name}.md`)]);
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({ file: `content/concepts/retries/${name}.md`, field: 'file name', hint: expect.stringContaining(`${name}-basics.md`) });
      expect(problem!.message).toContain(`/concepts/retries/${name}/`);
    }
  });

  it('keeps the extension of an MDX section in its suggested name', () => {
    expect(pageNameProblems([section('concepts/retries/review.mdx')])[0]!.hint).toContain('review-basics.mdx');
  });

  it('allows those names for challenges, and names that only contain them', () => {
    expect(pageNameProblems([challenge('challenges/print.md'), section('concepts/retries/print-layout.md'), section('concepts/retries/reviewing.md')])).toEqual([]);
  });

  it('reports the second of two files with one name in one folder, naming the first', () => {
    const problems = pageNameProblems([section('concepts/retries/backoff.md'), section('concepts/retries/backoff.mdx'), challenge('challenges/queue.md'), challenge('challenges/queue.mdx')]);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['content/concepts/retries/backoff.mdx', 'content/concepts/retries/backoff.md has the same name, so the two would be one page'],
      ['content/challenges/queue.mdx', 'content/challenges/queue.md has the same name, so the two would be one page'],
    ]);
  });

  it('allows one name in different courses', () => {
    expect(pageNameProblems([section('concepts/retries/backoff.md'), section('concepts/queues/backoff.md')])).toEqual([]);
  });
});
