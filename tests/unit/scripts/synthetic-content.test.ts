import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { syntheticContent } from '../../../scripts/perf/synthetic-content';
import { sectionSchema } from '../../../src/schemas/section';
import { courseSchema } from '../../../src/schemas/course';
import { countWords, readingPart } from '../../../src/lib/reading-time';

const split = (text: string) => {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parseYaml(yaml!), body: body! };
};

describe('syntheticContent', () => {
  const files = [...syntheticContent({ sections: 45, perCourse: 20, seed: 7 })];
  const sections = files.filter((f) => f.path.endsWith('.md'));

  it('writes the requested number of sections into courses of the given size', () => {
    expect(sections).toHaveLength(45);
    const courses = files.filter((f) => f.path.endsWith('course.yaml'));
    expect(courses.map((c) => c.path)).toEqual(['concepts/course-0001/course.yaml', 'concepts/course-0002/course.yaml', 'concepts/course-0003/course.yaml']);
    expect(sections.filter((s) => s.path.startsWith('concepts/course-0003/'))).toHaveLength(5);
    for (const c of courses) expect(courseSchema.safeParse(parseYaml(c.text)).success, c.path).toBe(true);
  });

  it('writes sections that pass the real schema, with 300 to 500 words of reading and two quick checks', () => {
    for (const s of sections) {
      const { data, body } = split(s.text);
      const parsed = sectionSchema.safeParse(data);
      expect(parsed.error?.message, s.path).toBeUndefined();
      expect(parsed.data!.quiz).toHaveLength(2);
      const words = countWords(readingPart(body));
      expect(words, s.path).toBeGreaterThanOrEqual(300);
      expect(words, s.path).toBeLessThanOrEqual(500);
    }
  });

  it('never makes the right option the longest, and spreads answers over A to D', () => {
    const quiz = sections.flatMap((s) => (split(s.text).data as { quiz: { options: string[]; answer: string }[] }).quiz);
    for (const q of quiz) {
      const right = q.options['ABCD'.indexOf(q.answer)]!;
      expect(q.options.some((o) => o.length > right.length), right).toBe(true);
    }
    expect(new Set(quiz.map((q) => q.answer))).toEqual(new Set(['A', 'B', 'C', 'D']));
  });

  it('gives three sections in four a Code part in Python, Java and JavaScript', () => {
    const withCode = sections.filter((s) => (split(s.text).data as { code: boolean }).code);
    expect(withCode.length).toBe(34);
    for (const s of withCode) {
      const code = split(s.text).body.split(/^## Code$/m)[1]!;
      expect([...code.matchAll(/^```(\w+)$/gm)].map((m) => m[1])).toEqual(['python', 'java', 'javascript']);
    }
  });

  it('is the same for the same seed and differs for another', () => {
    const again = [...syntheticContent({ sections: 45, perCourse: 20, seed: 7 })];
    const other = [...syntheticContent({ sections: 45, perCourse: 20, seed: 8 })];
    expect(again).toEqual(files);
    expect(other[1]!.text).not.toBe(files[1]!.text);
  });
});
