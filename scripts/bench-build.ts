/**
 * npm run bench:build [-- 100 1000 10000] [--keep]: builds synthetic sites of each size, with the search
 * index, and prints total and per-section time and peak memory. Timings are reported, never asserted.
 */
import { cpus, totalmem } from 'node:os';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSyntheticSite, type BuildRun } from './lib/bench-site.ts';

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const keep = args.includes('--keep');

const fmt = (n: number, digits = 1) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(9) : c.padStart(12))).join(' '));

function report(run: BuildRun, previous: BuildRun | undefined): void {
  const total = run.astro.seconds + (run.pagefind?.seconds ?? 0);
  const perSection = (total * 1000) / run.sections;
  const peaks = [run.astro.peakMb, run.pagefind?.peakMb].filter((m): m is number => m !== undefined);
  const growth = previous ? `${fmt(perSection / ((previous.astro.seconds + (previous.pagefind?.seconds ?? 0)) * 1000 / previous.sections), 2)}x` : '-';
  row([run.sections.toLocaleString('en'), String(run.pages), `${fmt(run.astro.seconds)} s`, run.pagefind ? `${fmt(run.pagefind.seconds)} s` : 'in build',
    `${fmt(total)} s`, `${fmt(perSection, 2)} ms`, growth, peaks.length ? `${fmt(Math.max(...peaks), 0)} MB` : 'n/a', `${fmt(run.indexBytes / 1e6)} MB`]);
}

console.log(`bench:build on ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}`);
console.log('Each size is generated into a new temporary folder (20 sections per course; 3 in 4 with code in three languages) and built cold.\n');
row(['sections', 'pages', 'astro build', 'pagefind', 'total', 'per section', 'vs previous', 'peak RSS', 'index']);
let previous: BuildRun | undefined;
for (const size of sizes.length ? sizes : [100, 1000, 10000]) {
  const run = buildSyntheticSite(size);
  report(run, previous);
  if (!keep && size !== Math.max(...(sizes.length ? sizes : [10000]))) rmSync(dirname(run.out), { recursive: true, force: true });
  else console.log(`          kept: ${run.out}`);
  previous = run;
}
console.log('\n"pagefind" is "in build" when `astro build` writes the search index itself; otherwise it was run after the build and is part of the total.');
console.log('Peak RSS is the largest single process (GNU time %M). "vs previous" compares time per section with the size before: 1.00x is linear.');
