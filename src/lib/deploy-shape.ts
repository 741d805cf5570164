import { normaliseBase } from './paths';

/** How the host spells URLs: Astro's `trailingSlash` setting. */
export type TrailingSlash = 'always' | 'never' | 'ignore';
/** How pages are written: `directory` (`a/index.html`) or `file` (`a.html`). */
export type BuildFormat = 'directory' | 'file';

/** Where and how the site is deployed, read from the environment. */
export interface DeployShape {
  base: string;
  trailingSlash: TrailingSlash;
  format: BuildFormat;
}

const SLASHES: readonly TrailingSlash[] = ['always', 'never', 'ignore'];
const FORMATS: readonly BuildFormat[] = ['directory', 'file'];

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${name} is "${value}"; expected one of: ${allowed.join(', ')}`);
}

/**
 * Reads SITE_BASE, SITE_TRAILING_SLASH and SITE_BUILD_FORMAT. Without a format, `never` gets `file`
 * (`a.html`, served as `/a` by hosts with clean URLs) and the others get `directory`.
 */
export function deployShape(env: Record<string, string | undefined>): DeployShape {
  const trailingSlash = pick('SITE_TRAILING_SLASH', env.SITE_TRAILING_SLASH, SLASHES, 'ignore');
  const format = pick('SITE_BUILD_FORMAT', env.SITE_BUILD_FORMAT, FORMATS, trailingSlash === 'never' ? 'file' : 'directory');
  return { base: normaliseBase(env.SITE_BASE ?? '/'), trailingSlash, format };
}

/** Reads SEARCH_PART_PAGES, the most pages in one part of the search index; undefined when unset (the default applies). */
export function searchPartPages(env: Record<string, string | undefined>): number | undefined {
  const value = env.SEARCH_PART_PAGES;
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value.trim())) throw new Error(`SEARCH_PART_PAGES is "${value}"; expected a whole number from 1 up, such as 5000`);
  return Number(value);
}
