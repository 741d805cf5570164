import { describe, expect, it } from 'vitest';
import { courseTemplate, nextOrder, placeholderProblems, sectionTemplate, slugify } from '../../../src/lib/scaffold';
import { splitFrontmatter } from '../../../src/lib/frontmatter';
import { parseYamlSource } from '../../../src/lib/yaml-source';
import { sectionSchema } from '../../../src/schemas/section';
import { courseSchema, CATEGORIES, LEVELS } from '../../../src/schemas/course';

describe('scaffold templates', () => {
  it('makes ids from titles', () => {
    expect(slugify('Fail-Fast vs Fail-Safe vs Graceful Degradation')).toBe('fail-fast-vs-fail-safe-vs-graceful-degradation');
    expect(slugify('  What Is a Timeout?  ')).toBe('what-is-a-timeout');
    expect(slugify('Café: Über Retries')).toBe('cafe-uber-retries');
    expect(slugify('!!!')).toBe('');
  });

  it('numbers a new section after the highest order in use, ignoring unreadable files', () => {
    expect(nextOrder([])).toBe(1);
    expect(nextOrder([1, 2, 7, Number.NaN])).toBe(8);
  });

  it('writes a section whose frontmatter passes the schema, whatever the title holds', () => {
    const source = sectionTemplate({ id: 'a-b', title: 'Timeouts: "Why" #1', order: 3 });
    const parts = splitFrontmatter(source, 'f.md');
    if ('problem' in parts) throw new Error(parts.problem.message);
    const section = sectionSchema.parse(parseYamlSource(parts.yaml, 'f.md').data);
    expect(section).toMatchObject({ id: 'a-b', title: 'Timeouts: \u201cWhy\u201d #1', order: 3, code: false }); // quotes curled, as in prose
    expect(section.quiz.map((q) => q.answer)).toEqual(['B', 'C']);
    expect(section.quiz.every((q) => q.options.length === 4)).toBe(true);
  });

  it('writes a course file that passes the schema', () => {
    const yaml = courseTemplate({ title: 'Caching: Pitfalls', categories: Object.keys(CATEGORIES), levels: [...LEVELS] });
    expect(courseSchema.parse(parseYamlSource(yaml, 'c.yaml').data)).toMatchObject({ title: 'Caching: Pitfalls', category: 'system-design', level: 'intermediate', challenges: [] });
  });

  it('warns once per file about placeholders left in, pointing at the first', () => {
    expect(placeholderProblems('a\nb: "TODO: x"\nTODO: y\n', 'f.md')).toEqual([expect.objectContaining({ line: 2, column: 5, severity: 'warning', message: '2 placeholders ("TODO: ...") from the template still to write' })]);
    expect(placeholderProblems('nothing to do\n', 'f.md')).toEqual([]);
  });
});
