import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_PAGE_NAMES, pageNameProblems, type NamedFile } from '../../../src/lib/page-names';

const named = (kind: NamedFile['kind']) => (entry: string): NamedFile => ({ kind, entry, file: `content/${entry}` });
const section = named('section');
const challenge = named('challenge');
const course = named('course');

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
      expect(problem).toMatchObject({ file: `content/concepts/retries/${name}.md`, field: 'file name', hint: expect.stringContaining(`rename the file to ${name}-basics.md`) });
      expect(problem!.message).toBe(`the file name "${name}" is taken by a page of the site: the course's own ${name} page is /concepts/retries/${name}/, so this section would never be built`);
    }
  });

  it('keeps the extension of an MDX section in its suggested name', () => {
    expect(pageNameProblems([section('concepts/retries/review.mdx')])[0]!.hint).toContain('review-basics.mdx');
  });

  it('reports names that are not kebab-case, as the URL would be written under one name and linked under another', () => {
    const files = ['Print.md', 'print?.md', 'review#1.md', '%2e.md', 'Split-Brain.md', 'print..md', 'print.v2.md', 'two_words.mdx'];
    const problems = pageNameProblems(files.map((f) => section(`concepts/retries/${f}`)));
    expect(problems.map((p) => p.file)).toEqual(files.map((f) => `content/concepts/retries/${f}`));
    expect(problems.every((p) => / is not lowercase words joined by hyphens, and it is the page's URL$/.test(p.message))).toBe(true);
    expect(problems.map((p) => /rename the file to (\S+)/.exec(p.hint)![1])).toEqual(
      ['print-basics.md', 'print-basics.md', 'review-1.md', '2e.md', 'split-brain.md', 'print-basics.md', 'print-v2.md', 'two-words.mdx']);
  });

  it('reports index as a section, a challenge or a course folder, and course folders that are not kebab-case', () => {
    const problems = pageNameProblems([section('concepts/retries/index.md'), challenge('challenges/index.md'), course('concepts/index/course.yaml'), course('concepts/Retries/course.yaml')]);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['content/concepts/retries/index.md', 'file name', 'the file name "index" is taken by a page of the site'],
      ['content/challenges/index.md', 'file name', 'the file name "index" is taken by a page of the site'],
      ['content/concepts/index/course.yaml', 'course folder', 'the course folder "index" is taken by a page of the site'],
      ['content/concepts/Retries/course.yaml', 'course folder', 'the course folder "Retries" is not lowercase words joined by hyphens, and it is the page\'s URL'],
    ]);
    expect(problems[3]!.hint).toBe('rename the folder to concepts/retries/ (links to its pages change with it)');
  });

  it('allows the course pages\' names for challenges, and names that only contain them', () => {
    expect(pageNameProblems([challenge('challenges/print.md'), section('concepts/retries/print-layout.md'), section('concepts/retries/reviewing.md'), named('practice')('concepts/retries/practice.yaml')])).toEqual([]);
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
