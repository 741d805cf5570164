import { formatProblem, isError, type ContentProblem } from './content-error';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line that sums up a check: files read, errors and warnings. */
export function summaryLine(problems: ContentProblem[], files: number): string {
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const inFiles = new Set(problems.map((p) => p.file)).size;
  if (!problems.length) return `Content check passed: ${plural(files, 'file')}, no problems.`;
  return `Content check ${errors ? 'failed' : 'passed with warnings'}: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(inFiles, 'file')} (${plural(files, 'file')} checked).`;
}

/** The terminal report: every problem with its place, field, message and fix, then the summary. */
export function formatReport(problems: ContentProblem[], files: number): string {
  return [...problems.map(formatProblem), summaryLine(problems, files)].join('\n\n');
}

// GitHub's workflow-command escaping: data escapes %, CR and LF; property values also : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions annotation (`::error file=...,line=...::message`), shown on the pull request's diff. */
export function githubAnnotation(problem: ContentProblem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    ...(problem.column === undefined ? [] : [`col=${problem.column}`]),
    `title=${escapeProperty(problem.field)}`,
  ];
  return `::${isError(problem) ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(`${problem.message}\nFix: ${problem.hint}`)}`;
}

/** Every problem as a GitHub Actions annotation, then the summary as a plain line for the log. */
export function githubAnnotations(problems: ContentProblem[], files?: number): string {
  return [...problems.map(githubAnnotation), ...(files === undefined ? [] : [summaryLine(problems, files)])].join('\n');
}
