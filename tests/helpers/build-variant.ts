import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** A deploy shape to build: base path and trailing-slash style (the format follows astro.config.mjs's rule). */
export interface Variant {
  base: string;
  trailingSlash: 'always' | 'never' | 'ignore';
}

/**
 * Runs the real `astro build` (with the search index and service worker) for a variant into a fresh
 * temporary folder; returns the folder and a function that deletes it.
 */
export async function buildVariant(variant: Variant): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), `site-${variant.trailingSlash}-`));
  // Vitest sets NODE_ENV=test and its own variables; a build under them would be a development build.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)/.test(k)));
  const env = { ...inherited, NODE_ENV: 'production', SITE_BASE: variant.base, SITE_TRAILING_SLASH: variant.trailingSlash, SITE_BUILD_FORMAT: '' };
  try {
    await promisify(execFile)(process.execPath, [ASTRO, 'build', '--outDir', dir], { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed for ${JSON.stringify(variant)}:\n${e.stderr || e.stdout || String(error)}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
