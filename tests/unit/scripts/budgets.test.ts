import { describe, expect, it } from 'vitest';
import { checkBudgets, pageTypeOf, pagesByType, type Budget } from '../../../scripts/perf/budgets';
import type { PageWeight } from '../../../scripts/perf/page-weight';

describe('pageTypeOf', () => {
  it.each([
    ['index.html', 'home'], ['concepts/index.html', 'catalog'], ['concepts/course/index.html', 'course'],
    ['concepts/course/section/index.html', 'section'], ['concepts/course/practice/index.html', 'practice'],
    ['progress/index.html', 'progress'], ['404.html', undefined], ['challenges/x/index.html', 'challenge'], ['challenges/index.html', undefined],
    ['concepts/course/review/index.html', 'review'], ['concepts/course/print/index.html', 'print'], ['categories/dsa/index.html', undefined],
    ['concepts.html', 'catalog'], ['concepts/course.html', 'course'], ['concepts/course/section.html', 'section'],
    ['concepts/course/practice.html', 'practice'], ['progress.html', 'progress'],
  ])('%s is %s', (file, type) => expect(pageTypeOf(file)).toBe(type));
});

describe('pagesByType', () => {
  it('groups page URLs and leaves out page types that were not built', () => {
    const groups = pagesByType(['index.html', 'concepts/c/a/index.html', 'concepts/c/b/index.html', '404.html']);
    expect(Object.fromEntries(groups)).toEqual({ home: ['/'], section: ['/concepts/c/a/', '/concepts/c/b/'] });
  });

  it('keeps the file name of pages built with build.format "file"', () => {
    expect(Object.fromEntries(pagesByType(['index.html', 'concepts/c/a.html']))).toEqual({ home: ['/'], section: ['/concepts/c/a.html'] });
  });
});

const weight = (url: string, js: number): PageWeight =>
  ({ url, html: 0, css: 0, js, searchBeforeUse: 0, firstSearch: undefined, total: js, resources: [], missing: [] });

describe('checkBudgets', () => {
  const budget: Budget = { metric: 'js', max: 100, types: ['section', 'practice'], label: 'JS' };

  it('judges each page type by its heaviest page', () => {
    const [result] = checkBudgets(new Map([['section', [weight('/a/', 90), weight('/b/', 101), weight('/c/', 50)]]]), [budget]);
    expect(result).toMatchObject({ type: 'section', page: '/b/', actual: 101, status: 'fail' });
  });

  it('passes at the limit and skips page types that were not built', () => {
    const results = checkBudgets(new Map([['section', [weight('/a/', 100)]]]), [budget]);
    expect(results).toHaveLength(1);
    expect(results[0]!.status).toBe('met');
  });

  it('tolerates a page above its budget up to the ceiling, and fails it beyond', () => {
    const capped = { ...budget, ceiling: 120 };
    const status = (js: number) => checkBudgets(new Map([['section', [weight('/a/', js)]]]), [capped])[0]!.status;
    expect([status(100), status(101), status(120), status(121)]).toEqual(['met', 'over', 'over', 'fail']);
  });
});
