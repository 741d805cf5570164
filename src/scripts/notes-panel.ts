import { noteKey } from '../storage/keys';
import type { NoteRecord } from '../storage/records';
import { $persistence, $records } from '../stores/learner';
import { saveNote } from '../stores/notes';
import { toggle } from './dom';

/** Autosave this long after typing stops. */
const SAVE_DELAY_MS = 800;
const timeOf = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** A section note (components/NotesPanel.astro): saved shortly after typing stops, on blur and when the page is hidden. */
export function bindNotesPanel(root: HTMLElement, courseId: string, sectionId: string): void {
  const key = noteKey(courseId, sectionId);
  const box = root.querySelector('textarea')!;
  const status = root.querySelector<HTMLElement>('.notes-status')!;
  let pending: string | null = null; // typed text not yet handed to storage
  let savedAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stored = () => $records.get()[key] as NoteRecord | undefined;

  function render(): void {
    const note = stored();
    // Show the stored note (another tab may change it) unless the learner has unsaved typing.
    if (pending === null && box.value !== (note?.text ?? '')) box.value = note?.text ?? '';
    const at = savedAt ?? note?.updatedAt;
    status.textContent = $persistence.get() === 'memory'
      ? 'Not saved: this browser is not keeping data right now.'
      : pending !== null ? 'Saving soon…' : at ? `Saved at ${timeOf(at)}` : 'Notes are saved in this browser as you type.';
    toggle(status, 'data-saved', pending === null && at ? '' : undefined);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    const text = pending;
    if (text === null) return;
    const record = await saveNote(courseId, sectionId, text);
    if (pending === text) pending = null; // typing since then stays pending, with its own timer
    savedAt = record.updatedAt;
    render();
  }

  function onInput(): void {
    pending = box.value;
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
    render();
  }

  box.addEventListener('input', onInput);
  box.addEventListener('blur', () => void flush());
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void flush(); });
  addEventListener('pagehide', () => void flush());
  // Text typed before this script ran is adopted, so it is saved rather than replaced by the stored note.
  if (box.value !== '') onInput();
  $records.subscribe(render);
  $persistence.subscribe(render);
  root.dataset.ready = '';
}
