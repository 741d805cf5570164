import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { syntheticContent } from './synthetic-content.ts';

/** The project folder (scripts/lib/../..). */
export const PROJECT = join(import.meta.dirname, '..', '..');
const BIN = (name: string) => join(PROJECT, 'node_modules', '.bin', name);
const GNU_TIME = '/usr/bin/time';

/** Wall time and peak resident memory of a finished command. */
export interface Timed {
  seconds: number;
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
    ? spawnSync(GNU_TIME, ['-f', '%e %M', '-o', report, command, ...args], { env, cwd: PROJECT, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { env, cwd: PROJECT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  writeFileSync(logFile, log);
  const [seconds, kb] = useTime && existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [wall, undefined];
  return { seconds: seconds ?? wall, peakMb: kb === undefined ? undefined : kb / 1024, status: run.status, log };
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
  const content = join(root, 'content');
  const out = join(root, 'dist');
  writeSyntheticContent(content, sections);
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(root, 'cache') };
  const astro = timed(BIN('astro'), ['build', '--outDir', out], env, join(root, 'astro-build.log'));
  if (astro.status !== 0) throw new Error(`astro build of ${sections} sections failed:\n${astro.log.slice(-3000)}`);
  const indexed = existsSync(join(out, 'pagefind', 'pagefind-entry.json'));
  const pagefind = indexed ? undefined : timed(BIN('pagefind'), ['--site', out], env, join(root, 'pagefind.log'));
  if (pagefind && pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.log.slice(-3000)}`);
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  return { sections, out, astro, pagefind, pages, indexBytes: folderBytes(join(out, 'pagefind')) };
}
