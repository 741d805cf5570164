import type { PageWeight } from './page-weight.ts';

/** The kinds of page the site builds; each is budgeted on its heaviest page. */
export const PAGE_TYPES = ['home', 'catalog', 'course', 'section', 'practice', 'progress'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Which page type a built HTML file is, if any: `concepts/x/index.html`, or `concepts/x.html` with `build.format: 'file'`. */
export function pageTypeOf(file: string): PageType | undefined {
  const route = file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  if (route === '') return 'home';
  if (route === 'concepts') return 'catalog';
  if (route === 'progress') return 'progress';
  if (/^concepts\/[^/]+\/practice$/.test(route)) return 'practice';
  if (/^concepts\/[^/]+$/.test(route)) return 'course';
  if (/^concepts\/[^/]+\/[^/]+$/.test(route)) return 'section';
  return undefined;
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
  /** Limit in gzip bytes (1 KB = 1,000 bytes, as size-limit and Lighthouse count). */
  max: number;
  types: readonly PageType[];
  label: string;
}

const KB = 1000;
/** The budgets CI enforces (issue 8). */
export const BUDGETS: Budget[] = [
  { metric: 'js', max: 14 * KB, types: ['section'], label: 'JavaScript at page load (islands, runtime, storage)' },
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
  ok: boolean;
}

/** Checks every budget against the heaviest page of each page type that was built. */
export function checkBudgets(weights: Map<PageType, PageWeight[]>, budgets = BUDGETS): BudgetResult[] {
  return budgets.flatMap((budget) => budget.types.flatMap((type) => {
    const pages = weights.get(type) ?? [];
    if (pages.length === 0) return [];
    const worst = pages.reduce((a, b) => (b[budget.metric] > a[budget.metric] ? b : a));
    const actual = worst[budget.metric];
    return [{ budget, type, page: worst.url, actual, ok: actual <= budget.max }];
  }));
}
