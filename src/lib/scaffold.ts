import type { ContentProblem } from './content-error';

/** Marks text a contributor still has to write; the check warns while any is left. */
export const PLACEHOLDER = 'TODO';

/** A title as a URL slug and id: "Fail-Fast vs Fail-Safe" -> "fail-fast-vs-fail-safe". */
export function slugify(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The order number after the highest one in use (1 for an empty course). */
export const nextOrder = (orders: number[]) => Math.max(0, ...orders.filter(Number.isFinite)) + 1;

/** A YAML string that survives colons, quotes and leading symbols in titles (JSON strings are valid YAML). */
const yamlString = (text: string) => JSON.stringify(text);

function quickCheck(title: string, n: number, answer: 'A' | 'B' | 'C' | 'D'): string {
  const wrong = ['a plausible wrong option', 'another plausible wrong option', 'a third plausible wrong option'];
  const options = [0, 1, 2, 3].map((i) => (i === 'ABCD'.indexOf(answer) ? 'the correct option' : wrong.shift()!));
  return [
    `  - question: ${yamlString(`${PLACEHOLDER}: question ${n} about ${title}, testing understanding rather than recall?`)}`,
    '    options:',
    ...options.map((o) => `      - "${PLACEHOLDER}: ${o}"`),
    `    answer: ${answer}`,
    `    explanation: "${PLACEHOLDER}: why ${answer} is right, and why the most tempting wrong option is wrong."`,
  ].join('\n');
}

/** A new section file: valid frontmatter with placeholders and comments, and the shape of the text. */
export function sectionTemplate({ id, title, order }: { id: string; title: string; order: number }): string {
  return `---
# Stable id: learner progress is stored under it. Never change it, even if the file or title is renamed.
id: ${id}
title: ${yamlString(title)}
# One line, at most 160 characters, shown in the course outline.
summary: "${PLACEHOLDER}: one line that says what the reader will learn."
order: ${order}
# Set to true and add a "## Code" part with Python, Java and JavaScript examples, or leave false.
code: false
# Two quick checks of four options each; the correct answer's letter varies across the course.
quiz:
${quickCheck(title, 1, 'B')}
${quickCheck(title, 2, 'C')}
---

${PLACEHOLDER}: open with the problem in a concrete scene. The whole reading is 300 to 500 words, one idea.

## ${PLACEHOLDER}: how it works

${PLACEHOLDER}: explain the mechanism, then what goes wrong in production, with real components and numbers.

**Takeaway:** ${PLACEHOLDER}: one or two sentences.
`;
}

/** A new course file. */
export function courseTemplate({ title, categories, levels }: { title: string; categories: string[]; levels: string[] }): string {
  return `title: ${yamlString(title)}
summary: "${PLACEHOLDER}: one or two sentences shown on the catalog and the course page."
category: ${categories[0]}   # ${categories.join(' | ')}
level: ${levels[1] ?? levels[0]}   # ${levels.join(' | ')}
challenges: []   # ids of files in content/challenges/, in display order
`;
}

/** One warning per file that still holds template placeholders, pointing at the first. */
export function placeholderProblems(source: string, file: string): ContentProblem[] {
  const lines = source.split('\n');
  const hits = lines.flatMap((text, i) => (text.includes(`${PLACEHOLDER}:`) ? [i + 1] : []));
  if (!hits.length) return [];
  return [{
    file, line: hits[0], column: lines[hits[0]! - 1]!.indexOf(PLACEHOLDER) + 1, field: 'placeholder', severity: 'warning',
    message: `${hits.length} placeholder${hits.length === 1 ? '' : 's'} ("${PLACEHOLDER}: ...") from the template still to write`,
    hint: `replace every "${PLACEHOLDER}:" text (lines ${hits.slice(0, 8).join(', ')}${hits.length > 8 ? ', ...' : ''})`,
  }];
}
