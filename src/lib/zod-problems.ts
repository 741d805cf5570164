import type { ContentProblem } from './content-error';

/** The parts of a zod issue this module reads (kept structural so lib/ needs no zod import). */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/** `quiz.0.answer` -> `quiz[0].answer`, the way authors read YAML. */
export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((name, key) =>
    typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key), '') || '(frontmatter)';
}

/** A hint for each kind of field; the message already says what was found and expected. */
function hintFor(field: string): string {
  if (field.endsWith('.answer')) return 'set answer to the letter of the correct option (A is the first)';
  if (/options(\[\d+\])?$/.test(field)) return 'give each quick check 2 to 6 different options';
  if (field === 'order') return 'use a whole number from 1; each section of a course has its own';
  if (field === 'id') return 'use the stable kebab-case id of the section, e.g. slow-dependencies';
  return `correct "${field}" in the frontmatter (see docs/content-format.md)`;
}

/** Turns schema issues for one file into content problems. */
export function problemsFromIssues(file: string, issues: SchemaIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    return { file, field, message: issue.message, hint: hintFor(field) };
  });
}
