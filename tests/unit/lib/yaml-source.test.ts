import { describe, expect, it, vi } from 'vitest';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return { ...yaml, parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => (parses.count++, yaml.parseDocument(...args)) };
});
import { lazyLocator, parseYamlSource, topLevelValue } from '../../../src/lib/yaml-source';

const SOURCE = 'id: demo\nquiz:\n  - question: Q\n    options:\n      - a\n      - b\n    answer: E\n';

describe('parseYamlSource', () => {
  it('parses the data and points at values, keys and list items', () => {
    const yaml = parseYamlSource(SOURCE, 'f.yaml');
    expect(yaml.data).toEqual({ id: 'demo', quiz: [{ question: 'Q', options: ['a', 'b'], answer: 'E' }] });
    expect(yaml.locate(['quiz', 0, 'answer'])).toEqual({ line: 7, column: 13, found: true });
    expect(yaml.locate(['quiz', 0, 'answer'], 'key')).toEqual({ line: 7, column: 5, found: true });
    expect(yaml.locate(['quiz', 0, 'options', 1])).toEqual({ line: 6, column: 9, found: true });
    // A list is pointed at by the key that introduces it.
    expect(yaml.locate(['quiz'])).toEqual({ line: 2, column: 1, found: true });
  });

  it('says when a field is missing and points at its parent', () => {
    const yaml = parseYamlSource(SOURCE, 'f.yaml');
    expect(yaml.locate(['order'])).toEqual({ line: 1, column: 1, found: false });
    expect(yaml.locate(['quiz', 0, 'explanation'])).toEqual({ line: 3, column: 5, found: false });
  });

  it('shifts lines for frontmatter that starts further down a file', () => {
    const yaml = parseYamlSource('\nid: x\ntitle: "a"\n', 'f.md', 3);
    expect(yaml.locate(['title'])).toEqual({ line: 5, column: 8, found: true });
  });

  it('reports syntax errors at their line with the offending text and a hint', () => {
    const yaml = parseYamlSource('\ntitle: Timeouts: why\n', 'f.md', 1);
    expect(yaml.data).toBeUndefined();
    expect(yaml.problems).toEqual([expect.objectContaining({
      file: 'f.md', line: 2, field: 'YAML syntax',
      message: expect.stringContaining('(in "title: Timeouts: why")'), hint: expect.stringContaining('double quotes'),
    })]);
  });

  it('reports a repeated key and tab indentation', () => {
    expect(parseYamlSource('a: 1\na: 2\n', 'f.yaml').problems[0]).toMatchObject({ line: 2, column: 1, hint: expect.stringContaining('only once') });
    expect(parseYamlSource('quiz:\n\t- x\n', 'f.yaml').problems[0]).toMatchObject({ line: 2, hint: 'indent with spaces, never tabs' });
  });
});

describe('lazyLocator', () => {
  const text = 'title: Timeouts\nquiz:\n  - question: Why?\n    answer: B\n';

  it('points at the same places as the parsed source, from line firstLine on', () => {
    const eager = parseYamlSource(text, 'a.md', 3);
    const lazy = lazyLocator(text, 'a.md', eager.data, 3);
    for (const [path, at] of [[['title'], 'value'], [['quiz', 0, 'answer'], 'value'], [['quiz', 0, 'answer'], 'key']] as const) {
      expect(lazy(path, at)).toEqual(eager.locate(path, at));
    }
    expect(lazy(['quiz', 0, 'answer'])).toEqual({ line: 6, column: 13, found: true });
  });

  it('parses the text only when first asked, and only once', () => {
    const before = parses.count;
    const locate = lazyLocator(text, 'a.md', { title: 'Timeouts', quiz: [{ question: 'Why?', answer: 'B' }] });
    expect(parses.count).toBe(before);
    expect(locate(['reading'])).toEqual({ line: 1, column: 1, found: false }); // not in the data: no parse
    expect(locate(['quiz', 3])).toMatchObject({ found: false });
    expect(parses.count).toBe(before);
    expect(locate(['title']).line).toBe(1);
    expect(locate(['quiz']).line).toBe(2);
    expect(parses.count).toBe(before + 1);
  });
});

describe('the fix for a value with ": " in it', () => {
  it('gives the line back with the value quoted, in a list item too, escaping quotes and backslashes', () => {
    expect(parseYamlSource('title: Timeouts: why they matter\n', 'f.md').problems[0]!.hint).toBe('put the value in double quotes: title: "Timeouts: why they matter"');
    expect(parseYamlSource('quiz:\n  - question: Why: a "b" \\ c?\n', 'f.md').problems[0]!.hint).toBe('put the value in double quotes: - question: "Why: a \\"b\\" \\\\ c?"');
  });
});

describe('topLevelValue', () => {
  it('reads a top-level key from YAML that does not parse as a whole', () => {
    const broken = 'id: retry-storms\ntitle: Retries: storms\n';
    expect(parseYamlSource(broken, 'f.md').data).toBeUndefined();
    expect(topLevelValue(broken, 'id')).toBe('retry-storms');
    expect(topLevelValue('title: x\nid: "quoted-id" # note\n', 'id')).toBe('quoted-id');
    expect(topLevelValue("id: 'single'\n", 'id')).toBe('single');
  });

  it('ignores nested keys and a missing key', () => {
    expect(topLevelValue('quiz:\n  id: nested\n', 'id')).toBeUndefined();
    expect(topLevelValue('title: x\n', 'id')).toBeUndefined();
  });
});

describe('parseYamlSource with the quick parser (Markdown sections, as the build reads them)', () => {
  it('gives the same data, and positions from the full parse when a problem asks', () => {
    const quick = parseYamlSource(SOURCE, 'f.md', 1, { quick: true });
    expect(quick.data).toEqual(parseYamlSource(SOURCE, 'f.md').data);
    expect(quick.locate(['quiz', 0, 'answer'])).toEqual({ line: 7, column: 13, found: true });
  });

  it('reports what yaml rejects, such as a tab on a blank line in a block, either way', () => {
    const text = 'summary: |\n  text\n\t\norder: 1\n';
    expect(parseYamlSource(text, 'f.md', 1, { quick: true }).problems).toHaveLength(1);
    expect(parseYamlSource(text, 'f.md').problems).toHaveLength(1);
  });
});

describe('the fix for a bracket that is never closed', () => {
  it('points at the line that opened it, and offers the value in double quotes', () => {
    const [problem, ...rest] = parseYamlSource('id: a\nsummary: [draft, not done\norder: 3\n', 'f.md', 2).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, column: 10, field: 'YAML syntax', message: '"[" opens a list that is never closed with "]" (in "summary: [draft, not done")' });
    expect(problem!.hint).toBe('if this is text, put it in double quotes: summary: "[draft, not done"; if it is a list, end it with ]');
  });

  it('does the same for a map, inside a list item', () => {
    const [problem] = parseYamlSource('quiz:\n  - question: {What "is" this?\n    answer: A\n', 'f.md').problems;
    expect(problem).toMatchObject({ line: 2, column: 15 });
    expect(problem!.hint).toBe('if this is text, put it in double quotes: - question: "{What \\"is\\" this?"; if it is a map, end it with }');
  });

  it('finds the bracket on the last line too, and leaves other errors to YAML\'s own message', () => {
    expect(parseYamlSource('summary: {draft\n', 'f.md').problems[0]).toMatchObject({ line: 1, column: 10, message: '"{" opens a map that is never closed with "}" (in "summary: {draft")' });
    expect(parseYamlSource('summary: [draft] not done\n', 'f.md').problems[0]!.message).toMatch(/^Unexpected scalar/);
  });
});

describe('the fix for a bracket that is never closed, among other lists', () => {
  it('passes over a list that spans lines and is closed, and blames the item that is not', () => {
    const yaml = 'title: T\nsections: [slow-dependencies, fail-fast,\n  fail-safe]\nrequirements:\n  - [draft Every call has a timeout\n  - Second\nlevel: x\n';
    expect(parseYamlSource(yaml, 'f.md').problems.map((p) => [p.line, p.column, p.hint])).toEqual([
      [5, 5, 'if this is text, put it in double quotes: - "[draft Every call has a timeout"; if it is a list, end it with ]'],
    ]);
  });

  it('reports only the open bracket, not what YAML misreads after it', () => {
    const yaml = 'quiz:\n  - question: Q?\n    options:\n      - [draft They agree\n      - B\n    answer: A\n';
    expect(parseYamlSource(yaml, 'f.md').problems.map((p) => [p.line, p.message])).toEqual([[4, '"[" opens a list that is never closed with "]" (in "- [draft They agree")']]);
  });

  it('does not count brackets inside quotes or comments', () => {
    expect(parseYamlSource('title: ["a]", X\norder: 3\n', 'f.md').problems[0]).toMatchObject({ line: 1, column: 8 });
    expect(parseYamlSource('title: [a, b # ]\norder: 3\n', 'f.md').problems[0]).toMatchObject({ line: 1, column: 8 });
  });
});
