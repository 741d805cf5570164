/**
 * Versions of the stored format, and how to bring older data up to date.
 *  v1 (first release): section checks had no attempt counts; course records had no visit list.
 *  v2: checks count `tries` and `rightTries` (for accuracy); courses keep `visited` section times.
 */
import { SCHEMA_VERSION } from './version';

export { SCHEMA_VERSION };

type Entry = [key: string, value: unknown];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** v1 -> v2, one entry at a time; entries it does not recognise pass through unchanged (validation decides later). */
function v1ToV2([key, value]: Entry): Entry {
  if (!isObject(value)) return [key, value];
  if (key.startsWith('section:') && isObject(value.checks)) {
    const checks = Object.fromEntries(Object.entries(value.checks).map(([i, c]) =>
      [i, isObject(c) && c.tries === undefined ? { ...c, tries: 1, rightTries: c.correct === true ? 1 : 0 } : c]));
    return [key, { ...value, checks }];
  }
  if (key.startsWith('course:') && value.visited === undefined && typeof value.lastSectionId === 'string') {
    return [key, { ...value, visited: { [value.lastSectionId]: value.at } }];
  }
  return [key, value];
}

/** Migration steps: MIGRATIONS[n] turns version n data into version n + 1. */
const MIGRATIONS: Record<number, (entry: Entry) => Entry> = { 1: v1ToV2 };

/**
 * Brings entries stored at `from` up to SCHEMA_VERSION. Data with no version is treated as v1
 * (the first release wrote none). Data from a newer version is returned as is: validation sets
 * aside what this version cannot read, and nothing is written back in the older format.
 */
export function migrate(entries: Entry[], from: number | undefined): Entry[] {
  let version = from ?? 1;
  let result = entries;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from storage version ${version}`);
    result = result.map(step);
    version++;
  }
  return result;
}
