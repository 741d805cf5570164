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
  /** Errors stop the check and the build; warnings are reported only. Absent means error. */
  severity?: 'error' | 'warning';
}

/** A position in a file, 1-based like editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** True unless the problem is only a warning. */
export const isError = (problem: Pick<ContentProblem, 'severity'>) => problem.severity !== 'warning';

/** `file:line:column` where the position is known. */
export function locate(problem: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
}

/** A readable, multi-line description of one problem. */
export function formatProblem(problem: ContentProblem): string {
  const label = isError(problem) ? '' : ' (warning)';
  return `${locate(problem)}${label}\n  ${problem.field}: ${problem.message}\n  fix: ${problem.hint}`;
}

/** Thrown to stop the build on bad content; the message lists every problem. */
export class ContentError extends Error {
  /** `summary`, when given, ends the message (the content check's count of errors and warnings). */
  constructor(readonly problems: ContentProblem[], summary?: string) {
    super(`Content problem${problems.length === 1 ? '' : 's'} found:\n\n${problems.map(formatProblem).join('\n\n')}\n${summary ? `\n${summary}\n` : ''}`);
    this.name = 'ContentError';
  }
}
