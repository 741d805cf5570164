/** One problem found in content, located as precisely as the source allows. */
export interface ContentProblem {
  /** File path relative to the project root. */
  file: string;
  line?: number;
  column?: number;
  /** The frontmatter field or Markdown construct at fault, e.g. `quiz[1].answer`. */
  field: string;
  /** What is wrong, quoting the bad value. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** `file:line:column` where the position is known. */
export function locate(problem: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
}

/** A readable, multi-line description of one problem. */
export function formatProblem(problem: ContentProblem): string {
  return `${locate(problem)}\n  ${problem.field}: ${problem.message}\n  fix: ${problem.hint}`;
}

/** Thrown to stop the build on bad content; the message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content problem${problems.length === 1 ? '' : 's'} found:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
  }
}
