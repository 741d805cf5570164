/**
 * npm run budget: weighs every built page type and fails when a byte budget is exceeded.
 * Usage: node scripts/budget.ts [dist-folder] [--details]. SITE_BASE is honoured like the build does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUDGETS, PAGE_TYPES, checkBudgets, pagesByType, type PageType } from './perf/budgets.ts';
import { initModuleLexer } from './perf/module-graph.ts';
import { pageWeight, type PageWeight } from './perf/page-weight.ts';
import { PAGEFIND_DIR } from './perf/search-weight.ts';
import { folderFiles } from './perf/site-files.ts';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const details = args.includes('--details');

/** Every HTML file of the build, relative to its root. */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
}

const kb = (bytes: number) => (bytes === 0 ? '0' : `${(bytes / 1000).toFixed(1)} KB`);
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
const WIDTHS = [10, 6, 9, 9, 9, 13, 20, 11];
const heaviest = (pages: PageWeight[], key: 'html' | 'css' | 'js' | 'searchBeforeUse' | 'total') => Math.max(...pages.map((p) => p[key]));

function printTable(weights: Map<PageType, PageWeight[]>, searchBuilt: boolean): void {
  console.log(pad(['page', 'pages', 'HTML', 'CSS', 'JS', 'search early', 'first search', 'whole visit'], WIDTHS));
  for (const type of PAGE_TYPES) {
    const pages = weights.get(type);
    if (!pages) { console.log(pad([type, '-', 'not built yet'], WIDTHS)); continue; }
    const first = pages.map((p) => p.firstSearch).find(Boolean);
    const search = !searchBuilt ? 'search not built yet' : first ? `${kb(first.bytes)} in ${first.requests} req` : 'no search found';
    console.log(pad([type, String(pages.length), kb(heaviest(pages, 'html')), kb(heaviest(pages, 'css')), kb(heaviest(pages, 'js')),
      kb(heaviest(pages, 'searchBeforeUse')), search, kb(heaviest(pages, 'total'))], WIDTHS));
  }
}

function printDetails(page: PageWeight): void {
  console.log(`\nFiles of ${page.url} (raw -> gzip bytes):`);
  for (const r of page.resources) console.log(`  ${r.kind.padEnd(6)} ${String(r.bytes).padStart(7)} -> ${String(r.compressed).padStart(6)}  ${r.url}`);
}

await initModuleLexer();
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${relative(process.cwd(), dist) || dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const files = folderFiles(dist, process.env.SITE_BASE ?? '/');
const weights = new Map([...pagesByType(htmlFiles(dist))].map(([type, urls]) => [type, urls.map((u) => pageWeight(files, u))] as const));
const searchBuilt = existsSync(join(dist, PAGEFIND_DIR));
console.log(`Page weight of ${relative(process.cwd(), dist) || dist}: gzip -9 bytes, 1 KB = 1,000 bytes; heaviest page of each type.`);
printTable(weights, searchBuilt);
const missing = [...new Set([...weights.values()].flat().flatMap((p) => p.missing))];
if (missing.length) console.log(`\nReferenced but not in the build: ${missing.join(', ')}`);
if (details) PAGE_TYPES.forEach((t) => { const pages = weights.get(t); if (pages) printDetails(pages.reduce((a, b) => (b.total > a.total ? b : a))); });

const results = checkBudgets(weights);
const LABEL = { met: 'ok  ', over: 'OVER', fail: 'FAIL' } as const;
console.log('\nBudgets:');
for (const r of results) {
  const limit = r.status === 'met' ? '' : ` (target not met; enforced ceiling ${kb(r.budget.ceiling ?? r.budget.max)})`;
  console.log(`  ${LABEL[r.status]} ${r.type.padEnd(9)} ${r.budget.label} <= ${kb(r.budget.max)}: ${r.actual.toLocaleString('en')} bytes  (${r.page})${limit}`);
}
const skipped = BUDGETS.flatMap((b) => b.types.filter((t) => !weights.has(t)));
if (skipped.length) console.log(`  (not checked yet, pages not built: ${[...new Set(skipped)].join(', ')})`);
const over = results.filter((r) => r.status === 'over');
if (over.length) console.log(`\n${over.length} budget${over.length === 1 ? ' is' : 's are'} not met yet: the page may not get heavier than its ceiling (scripts/perf/budgets.ts).`);
const failed = results.filter((r) => r.status === 'fail');
if (failed.length) {
  console.error(`\n${failed.length} budget${failed.length === 1 ? '' : 's'} exceeded. Run \`node scripts/budget.ts --details\` to see every file.`);
  process.exit(1);
}
