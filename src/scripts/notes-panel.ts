import { noteKey } from '../storage/keys';
import { clearDraft, draftToRestore, readDraft, saveDraft } from '../storage/note-drafts';
import type { NoteRecord } from '../storage/records';
import { $persistence, $records } from '../stores/learner';
import { saveNote } from '../stores/notes';
import { toggle } from './dom';

/** Autosave this long after typing stops. */
const SAVE_DELAY_MS = 800;
const timeOf = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * A section note (components/NotesPanel.astro). The box stays read-only until storage has answered, so typing
 * can never replace a stored note the learner has not seen yet. Text is saved shortly after typing stops, on
 * blur and when the page is hidden, and mirrored to a synchronous draft until then (storage/note-drafts.ts).
 */
export function bindNotesPanel(root: HTMLElement, courseId: string, sectionId: string): void {
  const key = noteKey(courseId, sectionId);
  const box = root.querySelector('textarea')!;
  const status = root.querySelector<HTMLElement>('.notes-status')!;
  let ready = false;
  let pending: string | null = null; // typed text not yet handed to storage
  let savedAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stored = () => $records.get()[key] as NoteRecord | undefined;
  // In memory (storage refused), the draft is the only copy that outlives the page: keep it.
  const persisted = () => $persistence.get() === 'saved';

  function render(): void {
    const note = stored();
    // Show the stored note (another tab may change it) unless the learner has unsaved typing.
    if (ready && pending === null && box.value !== (note?.text ?? '')) box.value = note?.text ?? '';
    const at = savedAt ?? note?.updatedAt;
    status.textContent = !ready ? 'Loading your note…'
      : !persisted() ? 'Not saved: this browser is not keeping data right now.'
      : pending !== null ? 'Saving soon…' : at ? `Saved at ${timeOf(at)}` : 'Notes are saved in this browser as you type.';
    toggle(status, 'data-saved', ready && persisted() && pending === null && at ? '' : undefined);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    const text = pending;
    if (text === null) return;
    const record = await saveNote(courseId, sectionId, text);
    if (pending === text) {
      pending = null; // typing since then stays pending, with its own timer
      if (persisted()) clearDraft(key);
    }
    savedAt = record.updatedAt;
    render();
  }

  function onInput(): void {
    pending = box.value;
    saveDraft(key, pending);
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
    render();
  }

  /** Storage has answered: show the note, or a newer unsaved draft from a visit that ended mid-save. */
  function start(): void {
    ready = true;
    box.readOnly = false;
    const draft = draftToRestore(readDraft(key), stored());
    if (draft) {
      box.value = draft.text;
      onInput();
    } else if (persisted()) clearDraft(key);
    render();
  }

  box.addEventListener('input', onInput);
  box.addEventListener('blur', () => void flush());
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void flush(); });
  addEventListener('pagehide', () => void flush());
  $records.subscribe(render);
  $persistence.subscribe((persistence) => {
    if (!ready && persistence !== 'loading') start();
    render();
  });
  root.dataset.ready = '';
}
