import { kindOf, type KeyKind } from './keys';
import { SCHEMA_VERSION, migrate } from './migrations';
import { isValidRecord } from './records';

export { shouldReplace } from './records';

/**
 * The export file: `{ format, version, exportedAt, records }`, where `records` maps storage keys
 * (see keys.ts) to records (see records.ts) exactly as stored. Documented in docs/learner-data.md.
 */
export const EXPORT_FORMAT = 'learning-site-progress';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: Record<string, unknown>;
}

type Entry = [string, unknown];

/** Builds the export of every learner record (backups and meta keys are left out). */
export function buildExport(entries: Entry[], now: Date): ExportFile {
  const records = Object.fromEntries(entries.filter(([key, value]) => isValidRecord(key, value)));
  return { format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString(), records };
}

export type ParsedImport = { ok: true; entries: Entry[] } | { ok: false; error: string };

const fail = (error: string): ParsedImport => ({ ok: false, error: `${error} Nothing was imported.` });

/**
 * A record stamped in the future (exported from a device whose clock was ahead) would win every later
 * merge and hide other tabs' changes, so its change time is brought back to now.
 */
function notAfter(value: unknown, now: number): unknown {
  const record = value as { updatedAt?: number; at?: number };
  if (typeof record.updatedAt === 'number' && record.updatedAt > now) return { ...record, updatedAt: now };
  if (record.updatedAt === undefined && typeof record.at === 'number' && record.at > now) return { ...record, at: now };
  return value;
}

/** Validates an import file completely before anything is written; a single bad record rejects the file. */
export function parseImport(text: string, now = Date.now()): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not a progress export: it is not valid JSON.');
  }
  const file = data as Partial<ExportFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== EXPORT_FORMAT) {
    return fail(`This file is not a progress export from this site (expected "format": "${EXPORT_FORMAT}").`);
  }
  if (!Number.isInteger(file.version) || (file.version as number) < 1) return fail('This export has no valid format version.');
  if ((file.version as number) > SCHEMA_VERSION) {
    return fail(`This export comes from a newer version of the site (format ${file.version}; this site reads up to ${SCHEMA_VERSION}). Reload the site to update it, then import again.`);
  }
  if (typeof file.records !== 'object' || file.records === null || Array.isArray(file.records)) return fail('This export has no records.');
  const entries = migrate(Object.entries(file.records), file.version);
  const bad = entries.find(([key, value]) => !isValidRecord(key, value));
  if (bad) return fail(`This export is damaged: the record "${bad[0]}" is not valid.`);
  return { ok: true, entries: entries.map(([key, value]) => [key, notAfter(value, now)]) };
}

export type ImportCounts = Record<KeyKind, number>;


/** Counts written records by kind, for the import report. */
export function countByKind(written: Entry[]): ImportCounts {
  const counts: ImportCounts = { section: 0, course: 0, note: 0, practice: 0, review: 0 };
  for (const [key] of written) counts[kindOf(key)!]++;
  return counts;
}

const LABELS: Array<[KeyKind, string, string]> = [
  ['section', 'section', 'sections'], ['note', 'note', 'notes'], ['practice', 'practice test', 'practice tests'],
  ['review', 'review item', 'review items'], ['course', 'course position', 'course positions'],
];

/** "12 sections, 5 notes imported", or that everything was already up to date. */
export function describeImport(counts: ImportCounts): string {
  const parts = LABELS.filter(([kind]) => counts[kind] > 0).map(([kind, one, many]) => `${counts[kind]} ${counts[kind] === 1 ? one : many}`);
  return parts.length ? `${parts.join(', ')} imported.` : 'Nothing new to import: this browser already has everything in the file.';
}
