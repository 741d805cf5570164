import { describe, expect, it } from 'vitest';
import { formatReport, githubAnnotation, summaryLine } from '../../../src/lib/content-report';
import { formatProblem, type ContentProblem } from '../../../src/lib/content-error';

const error: ContentProblem = { file: 'content/a.md', line: 7, column: 13, field: 'quiz[0].answer', message: 'answer "E" is not among the 4 options', hint: 'use A to D' };
const warning: ContentProblem = { file: 'content/b.md', field: 'quiz answers', message: '50%, a lot: yes', hint: 'spread, please', severity: 'warning' };

describe('content report', () => {
  it('prints each problem with place, field, message and fix, then a summary', () => {
    expect(formatProblem(error)).toBe('content/a.md:7:13\n  quiz[0].answer: answer "E" is not among the 4 options\n  fix: use A to D');
    expect(formatProblem(warning)).toBe('content/b.md (warning)\n  quiz answers: 50%, a lot: yes\n  fix: spread, please');
    expect(formatReport([error, warning], 20).split('\n\n').at(-1)).toBe('Content check failed: 1 error and 1 warning in 2 files (20 files checked).');
  });

  it('sums up a clean run and a run with warnings only', () => {
    expect(summaryLine([], 21)).toBe('Content check passed: 21 files, no problems.');
    expect(summaryLine([warning], 21)).toBe('Content check passed with warnings: 0 errors and 1 warning in 1 file (21 files checked).');
  });

  it('writes GitHub Actions annotations, escaping what the format reserves', () => {
    expect(githubAnnotation(error)).toBe('::error file=content/a.md,line=7,col=13,title=quiz[0].answer::answer "E" is not among the 4 options%0AFix: use A to D');
    expect(githubAnnotation({ ...warning, file: 'content/x,y:z.md' })).toBe('::warning file=content/x%2Cy%3Az.md,title=quiz answers::50%25, a lot: yes%0AFix: spread, please');
  });
});
