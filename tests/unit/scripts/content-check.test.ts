import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../../scripts/content-check/index';
import type { ContentProblem } from '../../../src/lib/content-error';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BROKEN = 'tests/fixtures/check/broken';
const broken = checkContent({ root: ROOT, contentDir: BROKEN });

/** The 1-based line and column where `text` first appears in a fixture file. */
function positionOf(file: string, text: string) {
  const lines = readFileSync(join(ROOT, BROKEN, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  if (line === -1) throw new Error(`"${text}" is not in ${file}`);
  return { line: line + 1, column: lines[line]!.indexOf(text) + 1 };
}

/** The problems reported for one fixture file. */
const problemsIn = (file: string) => broken.problems.filter((p) => p.file === `${BROKEN}/${file}`);

interface Case {
  file: string;
  /** Text on the line the problem must point at (its column too, unless `lineOnly`). */
  at?: string;
  lineOnly?: boolean;
  field: string;
  message: string | RegExp;
  hint?: string | RegExp;
  severity?: 'warning';
}

// One fixture file per problem; each must be reported at its exact place with a message and a fix.
const CASES: Record<string, Case> = {
  'a wrong answer letter, at the answer in the YAML': { file: 'concepts/demo/answer-not-an-option.md', at: 'E', field: 'quiz[0].answer', message: 'answer "E" is not among the 4 options (expected a letter from A to D)' },
  'a missing field': { file: 'concepts/demo/missing-order.md', at: 'id:', field: 'order', message: 'order is missing (order must be a whole number such as 3)', hint: 'add "order:" with a value' },
  'a YAML syntax error, with its line quoted as the fix': { file: 'concepts/demo/yaml-syntax.md', at: 'Timeouts: why', field: 'YAML syntax', message: /^Nested mappings .* \(in "summary: Timeouts: why they matter"\)$/, hint: 'put the value in double quotes: summary: "Timeouts: why they matter"' },
  'a frontmatter that does not close': { file: 'concepts/demo/unclosed-frontmatter.md', at: '---', field: 'frontmatter', message: 'the frontmatter opened with "---" on line 1 is never closed', hint: /add a line with just ---/ },
  'a misspelt field': { file: 'concepts/demo/unknown-field.md', at: 'sumary', field: 'sumary', message: 'unknown field "sumary"; the site would ignore it', hint: 'did you mean "summary"?' },
  'an unknown field in course.yaml': { file: 'concepts/demo/course.yaml', at: 'author', field: 'author', message: /unknown field "author"/ },
  'an unknown challenge in course.yaml': { file: 'concepts/demo/course.yaml', at: 'no-such-challenge', field: 'challenges[0]', message: 'unknown challenge "no-such-challenge"' },
  'a duplicate order, at the order field': { file: 'concepts/demo/valid-two.md', at: '2', lineOnly: true, field: 'order', message: `order 2 is already used by ${BROKEN}/concepts/demo/duplicate-order.md` },
  'a link to a section that does not exist': { file: 'concepts/demo/broken-link.md', at: '[partitions]', field: 'link', message: 'link "../network-partitons/" does not resolve: course "demo" has no section "network-partitons"' },
  'a link to a source file': { file: 'concepts/demo/source-file-link.md', at: '[the first section]', field: 'link', message: 'link "./valid-one.md" points to a source file, not a page', hint: 'link to the page instead: ../valid-one/' },
  'a challenge link that does not resolve': { file: 'challenges/broken-link.md', at: '[the missing one]', field: 'link', message: /"\/concepts\/demo\/missing-section\/" does not resolve/ },
  'a challenge naming an unknown section': { file: 'challenges/unknown-section.md', at: 'ghost-section', field: 'sections[1]', message: 'unknown section "ghost-section" in course "demo"' },
  'an image without alternative text': { file: 'concepts/demo/image-without-alt.md', at: '![](diagram.svg)', field: 'image', message: 'image "diagram.svg" has no alternative text' },
  'an inline SVG without a text alternative': { file: 'concepts/demo/svg-without-text.md', at: '<svg', field: 'diagram', message: 'inline SVG has no text alternative' },
  'an HTML block cut by a blank line': { file: 'concepts/demo/html-block-blank-line.md', at: '<svg', field: 'HTML block', message: /<svg> block is cut off by a blank line/ },
  'a skipped heading level': { file: 'concepts/demo/skipped-heading.md', at: '#### A detail', field: 'heading', message: '"#### A detail" skips a level: it follows a level-2 heading', hint: /use ### here/ },
  'a quiz question repeated across the course': { file: 'concepts/demo/duplicate-question.md', at: 'What does the valid-one', lineOnly: true, field: 'quiz[0].question', message: /already asked in quiz\[0\] of valid-one\.md/ },
  'an unknown code language, from the build\'s remark plugin': { file: 'concepts/demo/unknown-language.md', at: '```cobol', field: 'code block', message: 'unknown language "cobol"' },
  'code: true without code, at the code field': { file: 'concepts/demo/code-without-examples.md', at: 'true', field: 'code', message: 'the section is marked `code: true` but has no code examples' },
  'an HTML comment in Markdown (warning)': { file: 'concepts/demo/html-comment.md', at: '<!--', field: 'HTML comment', message: /published in the page's HTML source/, severity: 'warning' },
  'a generic type read as an HTML tag (warning)': { file: 'concepts/demo/generic-tag.md', at: '<String>', field: 'text', message: '"<String>" is read as an HTML tag, so it will not be shown', severity: 'warning' },
  '"<3.14" in MDX': { file: 'concepts/demo/mdx-less-than.mdx', at: '3.14', field: 'MDX syntax', message: /^"<" starts a JSX tag in MDX/, hint: /\\< or &lt;/ },
  '"{braces}" in MDX': { file: 'concepts/demo/mdx-braces.mdx', at: '{braces}', field: 'MDX expression', message: /"\{braces\}" is read as JavaScript in MDX, and "braces" is not defined/ },
  'an HTML comment in MDX': { file: 'concepts/demo/mdx-html-comment.mdx', at: '!--', field: 'MDX syntax', message: 'an HTML comment (<!-- -->) is not allowed in MDX', hint: /\{\/\* note \*\/\}/ },
  'a practice question naming an unknown section': { file: 'concepts/demo/practice.yaml', at: 'no-such-section', field: 'questions[1].section', message: 'unknown section "no-such-section"' },
  'a section named after a page of its course': { file: 'concepts/demo/print.md', field: 'file name', message: 'the file name "print" is taken by a page of the site: the course\'s own print page is /concepts/demo/print/, so this section would never be built', hint: 'rename the file to print-basics.md' },
  'two section files with one name': { file: 'concepts/demo/twin.mdx', field: 'file name', message: `${BROKEN}/concepts/demo/twin.md has the same name, so the two would be one page`, hint: /keep one of the two files/ },
  'a local image that is not there, with the nearest name': { file: 'concepts/demo/missing-image.md', at: '![A client', field: 'image', message: `image "digram.svg" is not there (looked for ${BROKEN}/concepts/demo/digram.svg)`, hint: 'did you mean "diagram.svg"?' },
  'a file the site does not read (warning)': { file: 'concepts/demo/notes.txt', field: 'file', message: 'the site does not read this file', severity: 'warning' },
  'sections without a course file': { file: 'concepts/orphan/course.yaml', field: 'course.yaml', message: /the folder "orphan" has 1 section file\(s\) but no course.yaml/ },
  'correct answers leaning on one letter (warning)': { file: 'concepts/leaning/course.yaml', field: 'quick-check answers', message: 'the correct answers lean on B: 8 of 8 quick-check questions (A 0 · B 8 · C 0 · D 0)', severity: 'warning' },
  'the correct option usually the longest (warning)': { file: 'concepts/leaning/course.yaml', field: 'quick-check answers', message: /the correct option is the longest one in 8 of 8/, severity: 'warning' },
};

function expectProblem(c: Case) {
  const matches = problemsIn(c.file).filter((p) => p.field === c.field &&
    (typeof c.message === 'string' ? p.message === c.message : c.message.test(p.message)));
  expect(matches, `${c.file}: ${JSON.stringify(problemsIn(c.file), null, 1)}`).toHaveLength(1);
  const [problem] = matches as [ContentProblem];
  if (c.at) {
    const { line, column } = positionOf(c.file, c.at);
    expect(problem.line).toBe(line);
    if (!c.lineOnly) expect(problem.column).toBe(column);
  }
  if (c.hint) expect(problem.hint).toMatch(typeof c.hint === 'string' ? new RegExp(c.hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : c.hint);
  expect(problem.hint.length).toBeGreaterThan(10);
  expect(problem.severity).toBe(c.severity);
}

describe('npm run check on a fixture of broken files', () => {
  for (const [name, c] of Object.entries(CASES)) it(`reports ${name}`, () => expectProblem(c));

  it('reports nothing else: every problem is one of the cases above', () => {
    const expected = Object.values(CASES).length;
    // The "missing summary" that comes with the misspelt field is the one extra. A section whose frontmatter
    // fails the schema still exists for references (practice question p-three), so it causes no more; nor does one
    // whose frontmatter does not parse (p-four names yaml-syntax.md's id).
    const extras = broken.problems.filter((p) => !Object.values(CASES).some((c) => p.file === `${BROKEN}/${c.file}` && p.field === c.field));
    expect(extras.map((p) => `${p.file} ${p.field}`)).toEqual([`${BROKEN}/concepts/demo/unknown-field.md summary`]);
    expect(broken.problems).toHaveLength(expected + extras.length);
    expect(broken.errors).toBeGreaterThan(0);
  });

  it('lists problems by file, then line', () => {
    const keys = broken.problems.map((p) => [p.file, p.line ?? 0] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });
});

describe('npm run check on valid content', () => {
  it('finds nothing wrong in a small valid tree (links, MDX comments, code group, practice bank, a first paragraph indented as Astro trims it)', () => {
    expect(checkContent({ root: ROOT, contentDir: 'tests/fixtures/check/valid' }).problems).toEqual([]);
  });

  it('finds no errors and no warnings in the real content', () => {
    const result = checkContent({ root: ROOT, contentDir: 'content' });
    expect(result.problems).toEqual([]);
    expect(result.files).toBeGreaterThanOrEqual(20);
  });
});

describe('npm run check on a practice bank', () => {
  it('reports a practice question id used twice, at its line', () => {
    const { problems } = checkContent({ root: ROOT, contentDir: 'tests/fixtures/check/duplicate-practice-id' });
    expect(problems).toEqual([expect.objectContaining({ field: 'questions[1].id', line: 12, message: 'id "p-first" is already used by questions[0]' })]);
  });
});

