import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentsOf } from '../helpers/search-fragments';
import { DIST, htmlFiles } from '../helpers/built-site';
import { readCourses } from '../helpers/content-files';
import { SECTION_COUNT } from '../helpers/course-facts';

const fragments = () => fragmentsOf(join(DIST, 'pagefind'));

const [course] = readCourses(join(import.meta.dirname, '..', '..', 'content'));
type Check = { question: string; options: string[]; explanation: string };
const checks = course!.sections.flatMap((s) => s.data.quiz as Check[]);
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the search index written by npm run build', () => {
  const pages = fragments();

  it('holds every section, each with its title and course', () => {
    expect(pages).toHaveLength(SECTION_COUNT);
    const titles = course!.sections.map((s) => s.data.title as string).sort();
    expect(pages.map((p) => p.meta.title).sort()).toEqual(titles);
    expect(new Set(pages.map((p) => p.meta.course))).toEqual(new Set([course!.course.title]));
  });

  it('leaves out quick-check answers, explanations and questions', () => {
    const all = squash(pages.map((p) => p.content).join(' '));
    for (const c of checks) {
      expect(all).not.toContain(squash(c.explanation).slice(0, 50));
      expect(all).not.toContain(squash(c.question).slice(0, 50));
    }
    expect(all).not.toMatch(/Show the answer|Quick check \d/);
  });

  it('holds the prose, the headings with their anchors, and the code of every section', () => {
    for (const section of course!.sections) {
      const page = pages.find((p) => p.meta.title === section.data.title)!;
      const content = squash(page.content);
      const plain = (t: string) => t.replace(/[`]/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'"); // the build uses typographic quotes
      const headings = [...section.body.matchAll(/^##+ (.+)$/gm)].map((m) => plain(m[1]!));
      expect(page.anchors.map((a) => plain(a.text)), section.file).toEqual(expect.arrayContaining(headings));
      const firstCodeLine = /```\w+\n(.+)/.exec(section.body)?.[1]?.trim();
      if (firstCodeLine) expect(content, section.file).toContain(squash(firstCodeLine));
      const firstSentence = plain(section.body.split('\n').find((l) => /^[A-Z][^|<]{40,}$/.test(l))!.replace(/[*_]/g, '')).slice(0, 40);
      expect(plain(content), section.file).toContain(squash(firstSentence));
    }
    const all = pages.map((p) => p.content).join(' ');
    for (const identifier of ['raise_for_status', 'connectTimeout', 'AbortSignal.timeout']) expect(all).toContain(identifier);
  });

  it('leaves out page furniture that would match every query', () => {
    const all = pages.map((p) => p.content).join(' ');
    expect(all).not.toMatch(/Section \d+ of \d+|Previous|Answer the quiz to continue|\bCopy\b/);
  });

  it('is never loaded by a page up front: no page references Pagefind', () => {
    for (const file of htmlFiles()) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(/pagefind[^"]*\.(js|css)/);
  });
});
