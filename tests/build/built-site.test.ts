import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { page, text } from '../helpers/built-site';
import { readCourses } from '../helpers/content-files';
import { CHALLENGE_COUNT, CHECK_COUNT, SECTION_COUNT, UNIT_COUNT, doneOf } from '../helpers/course-facts';

const COURSE = 'failure-modes-in-distributed-systems';
const ROOT = join(import.meta.dirname, '..', '..', 'content');
const [course] = readCourses(ROOT).filter((c) => c.id === COURSE);
const sections = course!.sections.map((s) => ({ ...s, slug: s.file.split('/').pop()!.replace(/\.mdx?$/, '') }))
  .sort((a, b) => (a.data.order as number) - (b.data.order as number));
const html = (slug: string) => page(`concepts/${COURSE}/${slug}/`);

describe('built course site', () => {
  it('builds one page per section', () => {
    const built = readdirSync(join(import.meta.dirname, '..', '..', 'dist', 'concepts', COURSE), { withFileTypes: true })
      .filter((d) => d.isDirectory() && html(d.name).includes('data-section-tabs'));
    expect(built.map((d) => d.name).sort()).toEqual(sections.map((s) => s.slug).sort());
    expect(built).toHaveLength(SECTION_COUNT);
  });

  it('renders 30 quick checks, each answerable without JavaScript through a <details> answer', () => {
    let checks = 0;
    for (const s of sections) {
      const h = html(s.slug);
      const fieldsets = h.match(/<fieldset class="qc-options"/g) ?? [];
      const answers = h.match(/<details class="qc-answer">/g) ?? [];
      expect(fieldsets.length, s.slug).toBe(2);
      expect(answers.length, s.slug).toBe(2);
      checks += fieldsets.length;
    }
    expect(checks).toBe(30);
  });

  it('marks the correct option only inside the <details> answer, never in island props', () => {
    for (const s of sections) {
      const h = html(s.slug);
      const outside = h.replace(/<details class="qc-answer">[\s\S]*?<\/details>/g, '');
      expect(outside, s.slug).not.toMatch(/data-answer|answerIndex|&quot;answer&quot;|explanation/);
      (s.data.quiz as { explanation: string }[]).forEach((q) => expect(text(outside)).not.toContain(q.explanation.slice(0, 60)));
    }
  });

  it('shows Python, Java and JavaScript tabs on exactly the 11 code sections', () => {
    const codeSections = sections.filter((s) => s.data.code === true);
    expect(codeSections).toHaveLength(11);
    for (const s of sections) {
      const langs = [...html(s.slug).matchAll(/<div class="code-tab" data-lang="(\w+)"/g)].map((m) => m[1]);
      if (s.data.code) {
        expect(new Set(langs), s.slug).toEqual(new Set(['python', 'java', 'javascript']));
        expect(html(s.slug), s.slug).toMatch(/<pre class="code-block/);
      } else expect(langs, s.slug).toEqual([]);
    }
  });

  it('gives every section breadcrumbs, its position and previous/next links in course order', () => {
    sections.forEach((s, i) => {
      const h = html(s.slug);
      const crumbs = text(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(h)![0]);
      expect(crumbs).toBe(`Concepts ${course!.course.title} ${text(s.data.title as string)}`);
      expect(h).toContain(`Section ${i + 1} of ${UNIT_COUNT}`);
      const prev = /<a class="pager-prev" href="([^"]+)"/.exec(h)?.[1];
      const next = /<a class="pager-next" href="([^"]+)" rel="next"/.exec(h)?.[1];
      expect(prev).toBe(i === 0 ? undefined : `/concepts/${COURSE}/${sections[i - 1]!.slug}/`);
      expect(next).toBe(i === sections.length - 1 ? undefined : `/concepts/${COURSE}/${sections[i + 1]!.slug}/`);
    });
  });

  it('shows course totals computed from the content, and an empty progress state before storage loads', () => {
    const h = page(`concepts/${COURSE}/`);
    expect(text(h)).toMatch(new RegExp(`${SECTION_COUNT} sections (\\d+) min read ${CHECK_COUNT} quick checks ${CHALLENGE_COUNT} linked challenges`));
    const minutes = Number(/(\d+) min read/.exec(text(h))![1]);
    expect(minutes).toBeGreaterThanOrEqual(26);
    expect(minutes).toBeLessThanOrEqual(36);
    expect(text(h)).toContain(doneOf(0));
    for (const s of sections) expect(h).toContain(`href="/concepts/${COURSE}/${s.slug}/"`);
  });

  it('puts the Read, Quiz and Code tabs in the page, Code only where there is code', () => {
    for (const s of sections) {
      const tabs = [...html(s.slug).matchAll(/data-part-tab="part-(\w+)"/g)].map((m) => m[1]);
      expect(tabs, s.slug).toEqual(s.data.code ? ['read', 'quiz', 'code'] : ['read', 'quiz']);
    }
  });

  it('includes the section 1 diagram as real SVG text with a text alternative', () => {
    const h = html(sections[0]!.slug);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(h.slice(h.indexOf('<article')))![0]; // the header has icons of its own
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
    for (const label of ['API', 'PostgreSQL', 'Redis']) expect(svg).toContain(label);
    expect(h).toMatch(/<figcaption>[^<]{40,}/);
  });

  it('never builds a storage warning or a "not started" state into the HTML: those depend on the browser', () => {
    for (const path of ['', 'progress/', `concepts/${COURSE}/`, `concepts/${COURSE}/practice/`, ...sections.map((s) => `concepts/${COURSE}/${s.slug}/`)]) {
      const h = page(path);
      expect(h, path).not.toContain('cannot be saved');
      expect(h, path).not.toContain('Not saved');
      expect(h, path).not.toContain('not started a course');
    }
  });
});
