import { readFileSync, globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYamlQuickly } from '../../../src/lib/quick-yaml';
import { YAML_OPTIONS } from '../../../src/lib/yaml-source';
import { splitFrontmatter } from '../../../src/lib/frontmatter';
import { syntheticContent } from '../../../scripts/perf/synthetic-content';

/** What Astro's own parser gives: `yaml` with Astro's options, or 'error'. */
function astroReads(text: string): unknown {
  const doc = parseDocument(text, { ...YAML_OPTIONS, customTags: [...YAML_OPTIONS.customTags] });
  return doc.errors.length ? 'error' : doc.toJS();
}

/** Scalars, collections and mistakes where YAML parsers are known to part ways. */
const TRICKY = [
  'a: 0o17', 'a: 017', 'a: 0x1F', 'a: 0b101', 'a: 1_000', 'a: +12', 'a: -0', 'a: .5', 'a: 5.', 'a: 1e3', 'a: 1E+3', 'a: 1e309',
  'a: .inf', 'a: -.Inf', 'a: .NaN', 'a: Infinity', 'a: yes', 'a: on', 'a: True', 'a: tRue', 'a: ~', 'a: Null', 'a:',
  'a: 2024-01-02', 'a: 2024-1-2', 'x: 2002-12-14T1:2:3', 'a: 2001-12-14t21:59:43.10-05:00', 'a: 2001-12-14 21:59:43.10 -5',
  "a: '2024-01-02'", 'a: "12"', 'b: &x {p: 1}\na:\n  <<: *x\n  q: 2', '<<: [{a: 1}, {b: 2}]\nc: 3', '<<: {a: 1}\na: 2',
  'a: "\\x41\\u263A\\N"', "a: 'it''s'", 'a: >\n  folded\n  text\n\n  para\n', 'a: |-\n  keep\n   this\n', 'a: >+\n  x\n\n',
  'a: [1, 2, {b: c}]', 'a: 1\na: 2', '? [x, y]\n: 1', '[a]: b', 'null: n', '~: n', 'true: t', '1.5: f', 'a: !!str 12',
  'a: !!float 1', 'a: !!bool yes', 'a: !!binary aGVsbG8=', 'a: !foo bar', 'a: 12345678901234567890', 'a: 1:20',
  'a: "multi\n  line"', 'a: plain\n  continued', 'a: x #c', 'a: x#c', '- a\n- b', '', '# only', 'a: b: c', 'a: "unclosed',
  'a:\n\t- x', 'a: @x', 'a: {b: 1, b: 2}', 'a: [b,\n  c]', '%YAML 1.1\n---\na: yes', '---\na: 1\n---\nb: 2', '__proto__: 1',
  'question: "Why: because?"\nanswer: B', 'title: Wow! it works', 'a: "\\U0001F600 ok"', 'a: 😀',
  // Found by a fuzzer: yaml rejects these (or reads them otherwise) where js-yaml accepts them.
  'summary: |\n  text\n\t\n', 'summary: |\n  text\n \t\n', 'quiz:\n  - question: |\n      Why?\n    \t\n    answer: A\n',
  'quiz:\n  - explanation: First part.\n\t\n      Second part.\n    answer: A\n', "quiz:\n  - explanation: 'First part.\n\t\n      Second part.'\n",
  'summary:\n\t\norder: 1\n', '\tb', 'title: x\r\rid: y\n', 'title: x\r\n\r\r\nid: y\n', 'title: x\r\r\nid: y\n', 'tags: &t[a]\n', 'k:\n &x &x k: []',
  'k: &x 0:', 'k0: a-b\n...\n...\n', `k${'x'.repeat(1030)}: v`, 'a: "\\U00110000"', `x: &x 1\ny: [${'*x,'.repeat(101)}]`, 'k: &x0 {<<: *x0}',
  'quiz:\n  - explanation: "First part.\\\n\n      Second part."\n    answer: A\n', 'n: |2\n   y\n   \n', 'k0: >1-\n   \n   \nk1: x\n', 'k: |+1\n    \n',
  'a: 0050-01-01', 'a: 2001-12-14 21:59:43.', 'a: 2024-01-02T10:20:30.Z', '- 2001-1-1 2:59:43.-5', '1e309: x', '&x <<: {}\nk: *x',
  'x: &a\n  y: *a\n', 'x: &x0\n- *x0', 'see: &a [*a]', 'k: |+\n\n ', '>+\n\n ', '\n\uFEFFk0~', '\uFEFF- []', 'a: b\u2028c', 'a: b\u0085c', 'title: Tips & tricks\nsummary: 5 * 3 is 15', 'a: "\\t"\nb: latency >100 ms',
];

describe('parseYamlQuickly', () => {
  it('gives exactly what Astro\'s parser gives, or leaves the text to it', () => {
    expect(parseYamlQuickly('title: Tips & tricks\nsummary: 5 * 3 is 15')).toBeDefined(); // ordinary text is not left to it
    for (const text of TRICKY) {
      const quick = parseYamlQuickly(text); // never throws: a cyclic alias once overflowed the stack here
      if (quick) expect({ text, data: quick.data }).toEqual({ text, data: astroReads(text) });
    }
  });

  it('leaves syntax errors, empty documents, tags, anchors, tabs and ambiguous values to Astro\'s parser', () => {
    for (const text of ['a: b: c', 'a: "unclosed', 'a: 1\na: 2', '', '# only', 'a: !!float 1', 'a: !foo bar', 'a: 2024-1-2', 'a: 1e309', 'null: n', 'a: "12"',
      'summary: |\n  text\n\t\n', 'title: x\r\rid: y\n', 'x: &a\n  y: *a\n', 'a: 0050-01-01', 'n: |2\n   y\n', '1e309: x', 'k0: a\n...\n']) {
      expect(parseYamlQuickly(text), text).toBeUndefined();
    }
  });

  it('reads every file of the real course, and of the benchmarks\' generated courses, the way Astro does, without falling back', () => {
    const files = globSync('content/**/*.{md,mdx,yaml}').map((file) => ({ file, source: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    const generated = [...syntheticContent({ sections: 200 })].map(({ path, text }) => ({ file: path, source: text }));
    for (const { file, source } of [...files, ...generated]) {
      const parts = file.endsWith('.yaml') ? { yaml: source } : splitFrontmatter(source, file);
      if (!('yaml' in parts)) throw new Error(`${file} has no frontmatter`);
      const quick = parseYamlQuickly(parts.yaml);
      expect(quick, file).toBeDefined();
      expect(quick!.data, file).toEqual(astroReads(parts.yaml));
    }
  });
});
