/**
 * npm run bench:build [-- 100 1000 10000] [--keep] [--cold-only]: builds synthetic sites of each size, with
 * the search index, cold and then warm (content cache kept), and prints total and per-section time and peak
 * memory. Timings are reported, never asserted. The largest build is kept for bench:search.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { rmSync } from 'node:fs';
import { astroPhases, buildSyntheticSite, rebuildSyntheticSite, type BuildRun } from './perf/bench-site.ts';

const args = process.argv.slice(2);
const requested = args.filter((a) => /^\d+$/.test(a)).map(Number);
const sizes = requested.length ? requested : [100, 1000, 10000];
const keep = args.includes('--keep');
const warm = !args.includes('--cold-only');

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(11))).join(' '));
const totalSeconds = (run: BuildRun) => run.astro.seconds + (run.pagefind?.seconds ?? 0);
const perSectionMs = (run: BuildRun) => (totalSeconds(run) * 1000) / run.sections;

function report(run: BuildRun, previous: BuildRun | undefined, label = run.sections.toLocaleString('en')): void {
  const cpu = (run.astro.cpuSeconds ?? NaN) + (run.pagefind?.cpuSeconds ?? 0);
  const peaks = [run.astro.peakMb, run.pagefind?.peakMb].filter((m): m is number => m !== undefined);
  const phases = astroPhases(run.astro.log);
  const other = totalSeconds(run) - phases.content - phases.bundle - phases.pages;
  row([label, `${fmt(totalSeconds(run))} s`, `${fmt(perSectionMs(run), 2)} ms`, previous ? `${fmt(perSectionMs(run) / perSectionMs(previous), 2)}x` : '-',
    `${fmt(cpu)} s`, peaks.length ? `${fmt(Math.max(...peaks), 0)} MB` : 'n/a', `${fmt(phases.content)} s`, `${fmt(phases.bundle)} s`, `${fmt(phases.pages)} s`,
    `${fmt(other)} s`, run.pagefind ? 'separate' : 'in build', `${fmt(run.indexBytes / 1e6)} MB`, String(run.pages), loadavg()[0]!.toFixed(1)]);
}

console.log(`bench:build on ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}`);
console.log('Each size is generated into a new temporary folder (20 sections per course; 3 in 4 with code in three languages) and built cold.\n');
row(['sections', 'total', 'per section', 'vs prev', 'CPU', 'peak RSS', 'content', 'bundle', 'pages', 'other', 'pagefind', 'index', 'HTML files', 'load avg']);
let previous: BuildRun | undefined;
for (const size of sizes) {
  const run = buildSyntheticSite(size);
  report(run, previous);
  if (warm) {
    const again = rebuildSyntheticSite(run);
    report(again, undefined, '  warm');
    rmSync(again.out, { recursive: true, force: true });
  }
  if (keep || size === Math.max(...sizes)) console.log(`         kept: ${run.out}`);
  else rmSync(run.root, { recursive: true, force: true });
  previous = run;
}
console.log(`
total: wall time of \`astro build\` plus Pagefind when the build does not run it ("in build" when it does).
per section: total / sections; "vs prev" divides it by the previous size's (1.00x is linear growth).
warm: the same site built again with Astro's content cache kept (unchanged sections are not rendered again; not run
with --cold-only). pagefind: whether Pagefind ran inside the build; index: size of dist/pagefind; HTML files: pages built.
CPU: user + system seconds; on a busy machine it is steadier than wall time. Load avg: 1-minute load after the run.
peak RSS: the largest single process (GNU time %M). content / bundle / pages: Astro's own timings for content
sync (Markdown rendering), Vite bundling and page generation; other: the rest (start-up, the content check,
and after the pages: sitemap, Pagefind index, service worker; Pagefind too when it ran separately).`);
