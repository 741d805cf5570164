/**
 * npm run bench:lighthouse [-- dist-folder]: Lighthouse's mobile profile on the built home, course and
 * section pages, served locally with gzip like a static host. Prints the four category scores, LCP, CLS
 * and TBT, and every audit that kept a category below 100. Needs a build (`npm run build`) and Chromium.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pagesByType } from './perf/budgets.ts';
import { initModuleLexer } from './perf/module-graph.ts';
import { pageWeight } from './perf/page-weight.ts';
import { serveSite } from './perf/serve-site.ts';
import { folderFiles } from './perf/site-files.ts';

const dist = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
/** The flags every Chromium run here uses: no sandbox as root, and no calls home on a closed network. */
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Home, the first course, and the section page that weighs the most (the hardest case). */
async function pagesToTest(): Promise<[string, string][]> {
  await initModuleLexer();
  const groups = pagesByType(readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')));
  const files = folderFiles(dist);
  const sections = (groups.get('section') ?? []).map((url) => pageWeight(files, url));
  const heaviest = sections.reduce((a, b) => (b.total > a.total ? b : a), sections[0]!);
  return [['home', '/'], ['course', groups.get('course')?.[0] ?? '/'], ['section', heaviest?.url ?? '/']];
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Audits that cost a category points, as "category: audit title". */
function shortfalls(lhr: Result): string[] {
  return CATEGORIES.flatMap((id) => lhr.categories[id]!.auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1)
    .map((ref) => `${id}: ${lhr.audits[ref.id]!.title} (${lhr.audits[ref.id]!.displayValue ?? `score ${lhr.audits[ref.id]!.score}`})`));
}

if (!CHROMIUM) throw new Error('Chromium was not found: install it (`sudo apt-get install -y chromium`) or set CHROMIUM_PATH.');
if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`No build in ${dist}: run \`npm run build\` first.`);
const server = await serveSite(dist);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
try {
  console.log(`Lighthouse (mobile, simulated throttling) on ${dist}\n`);
  console.log(['page'.padEnd(8), 'perf', 'a11y', 'best', 'seo', '   LCP', '  CLS', '   TBT', '  url'].join('  '));
  const notes: string[] = [];
  for (const [name, path] of await pagesToTest()) {
    const run = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = run;
    const score = (id: string) => String(Math.round((lhr.categories[id]!.score ?? 0) * 100)).padStart(4);
    const metric = (id: string) => lhr.audits[id]!.numericValue ?? NaN;
    console.log([name.padEnd(8), ...CATEGORIES.map(score), `${(metric('largest-contentful-paint') / 1000).toFixed(1)} s`.padStart(6),
      metric('cumulative-layout-shift').toFixed(3).padStart(5), `${Math.round(metric('total-blocking-time'))} ms`.padStart(6), ` ${path}`].join('  '));
    notes.push(...shortfalls(lhr).map((s) => `  ${name}: ${s}`));
  }
  console.log(notes.length ? `\nWhat cost points:\n${notes.join('\n')}` : '\nNo audit cost any points.');
} finally {
  chrome.kill();
  await server.close();
}
