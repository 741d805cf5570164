import { buildExport, countByKind, describeImport, parseImport, type ExportFile } from '../storage/transfer';
import { $persistence, $records, announce, learnerStorage, loadLearnerData } from './learner';

/** Far beyond any real export (a learner's whole history is a few hundred KB); keeps a stray file from freezing the tab. */
export const MAX_IMPORT_CHARS = 5_000_000;

/** The export file for everything stored. */
export async function exportLearnerData(now = new Date()): Promise<ExportFile> {
  await loadLearnerData();
  return buildExport(await learnerStorage().all(), now);
}

/** Validates and merges an export file; returns the message to show. Nothing changes when the file is rejected. */
export async function importLearnerData(text: string): Promise<{ ok: boolean; message: string }> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: `This file is too large to be a progress export (over ${MAX_IMPORT_CHARS / 1_000_000} MB). Nothing was imported.` };
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  await loadLearnerData();
  const written = await learnerStorage().merge(parsed.entries);
  $records.set({ ...$records.get(), ...Object.fromEntries(written) }); // one update, however many records
  $persistence.set(learnerStorage().persistence());
  if (written.length) announce({ put: written });
  return { ok: true, message: describeImport(countByKind(written)) };
}
