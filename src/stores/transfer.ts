import { buildExport, countByKind, describeImport, parseImport, type ExportFile } from '../storage/transfer';
import { $persistence, $records, announce, learnerStorage, loadLearnerData } from './learner';

/** The export file for everything stored. */
export async function exportLearnerData(now = new Date()): Promise<ExportFile> {
  await loadLearnerData();
  return buildExport(await learnerStorage().all(), now);
}

/** Validates and merges an export file; returns the message to show. Nothing changes when the file is rejected. */
export async function importLearnerData(text: string): Promise<{ ok: boolean; message: string }> {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  await loadLearnerData();
  const written = await learnerStorage().merge(parsed.entries);
  for (const [key, value] of written) $records.setKey(key, value);
  $persistence.set(learnerStorage().persistence());
  if (written.length) announce({ put: written });
  return { ok: true, message: describeImport(countByKind(written)) };
}
