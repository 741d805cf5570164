import type { PageWeight } from './page-weight.ts';

/** The kinds of page the site builds; each is weighed on its heaviest page. The first six are the issue's. */
export const PAGE_TYPES = ['home', 'catalog', 'course', 'section', 'practice', 'progress', 'review', 'print', 'challenge'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
/** Pages of a course that are not sections: `/concepts/<course>/<name>/`. */
const COURSE_PAGES: Record<string, PageType> = { practice: 'practice', review: 'review', print: 'print' };

/** Which page type a built HTML file is, if any: `concepts/x/index.html`, or `concepts/x.html` with `build.format: 'file'`. */
export function pageTypeOf(file: string): PageType | undefined {
  const route = file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  if (route === '') return 'home';
  if (route === 'concepts') return 'catalog';
  if (route === 'progress') return 'progress';
  if (/^challenges\/[^/]+$/.test(route)) return 'challenge';
  if (/^concepts\/[^/]+$/.test(route)) return 'course';
  const child = /^concepts\/[^/]+\/([^/]+)$/.exec(route)?.[1];
  return child === undefined ? undefined : (COURSE_PAGES[child] ?? 'section');
}

/** Groups built HTML files by page type, as URLs of the files (`/concepts/x/` for a folder's index.html). */
export function pagesByType(htmlFiles: string[]): Map<PageType, string[]> {
  const groups = new Map<PageType, string[]>();
  for (const file of htmlFiles) {
    const type = pageTypeOf(file);
    if (!type) continue;
    const url = `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
    groups.set(type, [...(groups.get(type) ?? []), url]);
  }
  return groups;
}

export type Metric = 'html' | 'css' | 'js' | 'searchBeforeUse' | 'total';

/** A byte limit on one metric, for some page types. */
export interface Budget {
  metric: Metric;
  /** The budget to reach and keep, in gzip bytes (1 KB = 1,000 bytes). */
  max: number;
  /**
   * While a page type is still above `max`: the limit enforced meanwhile, so it can only get lighter.
   * Lower it whenever the site gets lighter, and delete it once `max` is met.
   */
  ceiling?: number;
  types: readonly PageType[];
  label: string;
}

const KB = 1000;
/** The budgets CI enforces (issue 8); the README's Performance section has the current figures. */
export const BUDGETS: Budget[] = [
  { metric: 'js', max: 14 * KB, types: ['section'], label: 'JavaScript at page load (scripts, stores, storage)' },
  { metric: 'searchBeforeUse', max: 0, types: PAGE_TYPES, label: 'search code before first use' },
  { metric: 'css', max: 12 * KB, types: PAGE_TYPES, label: 'CSS' },
  { metric: 'html', max: 10 * KB, types: ['section'], label: 'section HTML' },
  { metric: 'total', max: 40 * KB, types: ['section'], label: 'whole first visit' },
];

/** The result of one budget on one page type. */
export interface BudgetResult {
  budget: Budget;
  type: PageType;
  /** The heaviest page for this metric. */
  page: string;
  actual: number;
  /** `met`: within the budget; `over`: above it but within its ceiling; `fail`: above whatever is enforced. */
  status: 'met' | 'over' | 'fail';
}

/** Checks every budget against the heaviest page of each page type that was built. */
export function checkBudgets(weights: Map<PageType, PageWeight[]>, budgets = BUDGETS): BudgetResult[] {
  return budgets.flatMap((budget) => budget.types.flatMap((type) => {
    const pages = weights.get(type) ?? [];
    if (pages.length === 0) return [];
    const worst = pages.reduce((a, b) => (b[budget.metric] > a[budget.metric] ? b : a));
    const actual = worst[budget.metric];
    const status = actual <= budget.max ? 'met' : actual <= (budget.ceiling ?? budget.max) ? 'over' : 'fail';
    return [{ budget, type, page: worst.url, actual, status }];
  }));
}
