import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { countWords, readingMinutes, readingPart } from '../../../src/lib/reading-time';
import { sectionSchema } from '../../../src/schemas/section';
import { readCourses } from '../../helpers/content-files';

/** The seed course measured against the content guide (../shared/CONTENT-GUIDE.md). */
const [course] = readCourses(join(import.meta.dirname, '..', '..', '..', 'content')).filter((c) => c.id === 'failure-modes-in-distributed-systems');
const sections = course!.sections.map((s) => ({ ...s, parsed: sectionSchema.parse(s.data) })).sort((a, b) => a.parsed.order - b.parsed.order);
const checks = sections.flatMap((s) => s.parsed.quiz);

const TITLES = [
  'What Is a Distributed System?', 'Network Partitions', 'Process Crashes', 'Slow Dependencies',
  'Fail-Fast vs Fail-Safe vs Graceful Degradation', 'Fail-Fast', 'Fail-Safe', 'Graceful Degradation',
  'Timeout Design: Connection Timeout vs Read Timeout', 'What Is a Timeout?', 'The Two Main Types of Timeouts',
  'A Third Type: Write Timeout', 'Timeout Code Examples', 'Choosing the Right Timeout Values', 'The Danger of No Timeout',
];
const CODE_ORDERS = [1, 2, 3, 4, 6, 7, 8, 11, 13, 14, 15];

describe('Failure Modes in Distributed Systems content', () => {
  it('has the fifteen sections in order, with code where the outline says', () => {
    // This pins the published outline: adding, removing or reordering a section means updating TITLES and CODE_ORDERS.
    const hint = 'the course outline changed: update TITLES and CODE_ORDERS in tests/unit/content/course-content.test.ts (see CONTRIBUTING.md)';
    expect(sections.map((s) => s.parsed.title), hint).toEqual(TITLES);
    expect(sections.map((s) => s.parsed.order), hint).toEqual(TITLES.map((_, i) => i + 1));
    expect(sections.filter((s) => s.parsed.code).map((s) => s.parsed.order), hint).toEqual(CODE_ORDERS);
  });

  it('gives each section 300 to 500 words of reading and the course about 30 minutes', () => {
    const words = sections.map((s) => countWords(readingPart(s.body)));
    words.forEach((w, i) => expect(w, sections[i]!.file).toBeGreaterThanOrEqual(300));
    words.forEach((w, i) => expect(w, sections[i]!.file).toBeLessThanOrEqual(500));
    const minutes = words.reduce((sum, w) => sum + readingMinutes(w), 0);
    expect(minutes).toBeGreaterThanOrEqual(26);
    expect(minutes).toBeLessThanOrEqual(36);
  });

  it('has exactly 2 quick checks of 4 options per section', () => {
    for (const s of sections) {
      expect(s.parsed.quiz, s.file).toHaveLength(2);
      for (const q of s.parsed.quiz) expect(q.options, q.question).toHaveLength(4);
    }
  });

  it('spreads the correct answers evenly over A to D', () => {
    const counts = [0, 0, 0, 0];
    for (const q of checks) counts[q.answerIndex]!++;
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(7);
  });

  it('does not make the correct option the longest one as a habit', () => {
    const longest = checks.filter((q) => q.options.every((o, i) => i === q.answerIndex || o.length < q.options[q.answerIndex]!.length));
    expect(longest.length).toBeLessThanOrEqual(Math.ceil(checks.length / 3));
  });

  it('uses no "all of the above" or "none of the above" options', () => {
    for (const q of checks) for (const o of q.options) expect(o).not.toMatch(/\b(all|none) of the above\b/i);
  });

  it('shows each code section in Python, Java and JavaScript', () => {
    for (const s of sections.filter((x) => x.parsed.code)) {
      const code = s.body.slice(s.body.indexOf('## Code'));
      const langs = [...code.matchAll(/^```(\w+)/gm)].map((m) => m[1]);
      expect(new Set(langs), s.file).toEqual(new Set(['python', 'java', 'javascript']));
    }
  });
});
