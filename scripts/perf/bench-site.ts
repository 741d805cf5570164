import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { syntheticContent } from './synthetic-content.ts';

/** The project folder (scripts/perf/../..). */
export const PROJECT = join(import.meta.dirname, '..', '..');
const BIN = (name: string) => join(PROJECT, 'node_modules', '.bin', name);
const GNU_TIME = '/usr/bin/time';

/** Wall time, CPU time and peak resident memory of a finished command. */
export interface Timed {
  seconds: number;
  /** User plus system CPU seconds of the command and its children; undefined without GNU time. */
  cpuSeconds: number | undefined;
  /** Peak RSS of the largest process in the command's tree (GNU time's %M), in MB; undefined without GNU time. */
  peakMb: number | undefined;
  status: number | null;
  log: string;
}

/** Runs a command to completion under GNU time when the machine has it, capturing its output. */
export function timed(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Timed {
  const useTime = existsSync(GNU_TIME);
  const report = `${logFile}.time`;
  const started = performance.now();
  const run = useTime
    ? spawnSync(GNU_TIME, ['-f', '%e %M %U %S', '-o', report, command, ...args], { env, cwd: PROJECT, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { env, cwd: PROJECT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  writeFileSync(logFile, log);
  const [seconds, kb, user, system] = useTime && existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
  return { seconds: seconds ?? wall, cpuSeconds: user === undefined ? undefined : user + system!, peakMb: kb === undefined ? undefined : kb / 1024, status: run.status, log };
}

/** Writes a synthetic content tree of `sections` sections under `dir`. */
export function writeSyntheticContent(dir: string, sections: number): void {
  for (const file of syntheticContent({ sections })) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  mkdirSync(join(dir, 'challenges'), { recursive: true });
}

/** Total size in bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => n + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0), 0);
}

/** The measured build of one synthetic site. */
export interface BuildRun {
  sections: number;
  /** The temporary folder: content/, cache/, dist/ and the logs. */
  root: string;
  out: string;
  astro: Timed;
  /** Pagefind run separately, when the project's build did not write the index itself. */
  pagefind: Timed | undefined;
  pages: number;
  indexBytes: number;
}

/**
 * Generates `sections` sections into a new temporary folder and builds them there with the project's
 * code (`astro build --outDir`), then makes sure the output has its Pagefind index.
 */
export function buildSyntheticSite(sections: number): BuildRun {
  const root = mkdtempSync(join(tmpdir(), `bench-build-${sections}-`));
  writeSyntheticContent(join(root, 'content'), sections);
  return buildIn(root, sections, 'dist');
}

/** Builds the site again from the same content and content cache (`cache/`), as a CI run that keeps it would. */
export function rebuildSyntheticSite(run: BuildRun): BuildRun {
  return buildIn(run.root, run.sections, 'dist-warm');
}

function buildIn(root: string, sections: number, outName: string): BuildRun {
  const out = join(root, outName);
  const env = { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, 'cache') };
  const astro = timed(BIN('astro'), ['build', '--outDir', out], env, join(root, `${outName}-astro.log`));
  if (astro.status !== 0) throw new Error(`astro build of ${sections} sections failed:\n${astro.log.slice(-3000)}`);
  const indexed = existsSync(join(out, 'pagefind', 'pagefind-entry.json'));
  const pagefind = indexed ? undefined : timed(BIN('pagefind'), ['--site', out], env, join(root, `${outName}-pagefind.log`));
  if (pagefind && pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.log.slice(-3000)}`);
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  return { sections, root, out, astro, pagefind, pages, indexBytes: folderBytes(join(out, 'pagefind')) };
}

/** Seconds in an Astro duration such as `870ms`, `20.30s` or `5m 48s`. */
export function astroDuration(text: string): number {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$|^([\d.]+)ms$/.exec(text.trim());
  if (!m) return NaN;
  return m[3] !== undefined ? Number(m[3]) / 1000 : Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/** Where an `astro build` spent its time, read from its log: content sync and setup, bundling, page generation. */
export function astroPhases(log: string): { content: number; bundle: number; pages: number } {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const content = /\[build\] ✓ Completed in ([^.\n]+(?:\.\d+s)?)\.?\n[\s\S]*?Building static entrypoints/.exec(plain)?.[1];
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in (.+)/g)].map((m) => astroDuration(m[1]!));
  const pages = /generating static routes[\s\S]*?\n\S+ ✓ Completed in (.+?)\.?\n/.exec(plain)?.[1];
  return { content: content ? astroDuration(content) : NaN, bundle: bundles.reduce((a, b) => a + b, 0), pages: pages ? astroDuration(pages) : NaN };
}
