import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { filesUnder } from './internal-links';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Builds are kept here between test files of one run; a change to any input gives a new key. */
const CACHE = join(ROOT, 'node_modules', '.cache', 'site-variants');
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** A deploy shape to build: base path and trailing-slash style (the format follows astro.config.mjs's rule). */
export interface Variant {
  base: string;
  trailingSlash: 'always' | 'never' | 'ignore';
  /** Pages per part of the search index, to split the course's small index as a large site's is. */
  searchPartPages?: number;
}

/** A hash of everything a build reads, so a cached build is reused only while it is still current. */
function inputsHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const files = statSync(join(ROOT, input)).isDirectory() ? filesUnder(join(ROOT, input)).map((f) => join(input, f)) : [input];
    for (const f of files.sort()) hash.update(f).update(readFileSync(join(ROOT, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function runBuild(variant: Variant, dir: string): Promise<void> {
  // Vitest sets NODE_ENV=test and its own variables; a build under them would be a development build.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)/.test(k)));
  const env = { ...inherited, NODE_ENV: 'production', SITE_BASE: variant.base, SITE_TRAILING_SLASH: variant.trailingSlash, SITE_BUILD_FORMAT: '', SEARCH_PART_PAGES: variant.searchPartPages ? String(variant.searchPartPages) : '' };
  try {
    await promisify(execFile)(process.execPath, [ASTRO, 'build', '--outDir', dir], { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed for ${JSON.stringify(variant)}:\n${e.stderr || e.stdout || String(error)}`);
  }
}

/**
 * The output folder of the real `astro build` (with the search index and service worker) for a
 * variant. Built once per state of the sources and shared by the test files that need it; builds
 * for older states are deleted. Tests must not change the folder (copy it first).
 */
export async function buildVariant(variant: Variant): Promise<string> {
  const key = inputsHash();
  const dir = join(CACHE, `${key}-${variant.base.replace(/\W/g, '') || 'root'}-${variant.trailingSlash}${variant.searchPartPages ? `-parts${variant.searchPartPages}` : ''}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE).filter((d) => !d.startsWith(key))) rmSync(join(CACHE, old), { recursive: true, force: true });
  await runBuild(variant, dir);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}
