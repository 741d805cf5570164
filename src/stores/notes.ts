import { noteKey } from '../storage/keys';
import type { NoteRecord } from '../storage/records';
import { updateRecord } from './learner';

/** Saves a section note as plain text. */
export function saveNote(courseId: string, sectionId: string, text: string): Promise<NoteRecord> {
  const updatedAt = Date.now();
  return updateRecord<NoteRecord>(noteKey(courseId, sectionId), () => ({ text, updatedAt }));
}
