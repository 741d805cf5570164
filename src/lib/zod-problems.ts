import type { ContentProblem } from './content-error';

/** The parts of a zod issue this module reads (kept structural so lib/ needs no zod import). */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** Finds a field in the source; `found` is false when the field is absent. See yaml-source.ts. */
export type FieldLocator = (path: readonly PropertyKey[], at?: 'value' | 'key') => { line: number; column: number; found: boolean };

/** `quiz.0.answer` -> `quiz[0].answer`, the way authors read YAML. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) =>
    typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key), '') || '(frontmatter)';
}

/** `quiz[0].answer` -> `['quiz', 0, 'answer']`: the inverse of fieldName, for problems that carry only a field name. */
export function fieldPath(field: string): PropertyKey[] {
  if (!/^[\w-]+(\.[\w-]+|\[\d+\])*$/.test(field)) return [];
  return [...field.matchAll(/([\w-]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/** A hint for each kind of field; the message already says what was found and expected. */
function hintFor(field: string): string {
  if (field.endsWith('.answer')) return 'set answer to the letter of the correct option (A is the first)';
  if (/options(\[\d+\])?$/.test(field)) return 'give each quick check 2 to 6 different options';
  if (field === 'order') return 'use a whole number from 1; each section of a course has its own';
  if (field === 'id') return 'use the stable kebab-case id of the section, e.g. slow-dependencies';
  return `correct "${field}" (see docs/frontmatter-reference.md)`;
}

/** Turns schema issues for one file into content problems, positioned at the field when a locator is given. */
export function problemsFromIssues(file: string, issues: SchemaIssue[], locateField?: FieldLocator): ContentProblem[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    const where = locateField?.(issue.path);
    const missing = where?.found === false && issue.code === 'invalid_type';
    return {
      file,
      ...(where && { line: where.line, column: where.column }),
      field,
      message: missing ? `${field} is missing (${issue.message})` : issue.message,
      hint: missing ? `add "${String(issue.path.at(-1))}:" with a value (see docs/frontmatter-reference.md)` : hintFor(field),
    };
  });
}

/** Adds a position to problems that name an existing field but have none yet (e.g. cross-file checks). */
export function positionProblems(problems: ContentProblem[], locators: Map<string, FieldLocator>): ContentProblem[] {
  return problems.map((problem) => {
    const locateField = locators.get(problem.file);
    if (problem.line !== undefined || !locateField) return problem;
    const path = fieldPath(problem.field);
    if (!path.length) return problem;
    const { line, column, found } = locateField(path);
    return found ? { ...problem, line, column } : problem;
  });
}
