import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { noteKey } from '../storage/keys';
import type { NoteRecord } from '../storage/records';
import { $persistence, $records } from '../stores/learner';
import { saveNote } from '../stores/notes';

interface Props {
  courseId: string;
  sectionId: string;
}

/** Autosave this long after typing stops. */
const SAVE_DELAY_MS = 800;
const timeOf = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** A plain-text note for the section: saved shortly after typing stops and when the page is hidden. */
export default function NotesPanel({ courseId, sectionId }: Props) {
  const key = noteKey(courseId, sectionId);
  const stored = useStore($records, { keys: [key] })[key] as NoteRecord | undefined;
  const persistence = useStore($persistence);
  const [draft, setDraft] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  async function flush() {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    const record = await saveNote(courseId, sectionId, text);
    setSavedAt(record.updatedAt);
    // Keep the draft while the learner typed more; otherwise show the stored text (which other tabs may change).
    if (pending.current === null) setDraft(null);
  }

  // The textarea is uncontrolled, so hydration never wipes text typed before it: adopt such text, so it is saved.
  useEffect(() => {
    const typed = box.current?.value ?? '';
    if (typed !== '') onInput(typed);
  }, []);

  // Show the stored note (which another tab may change) unless the learner has unsaved typing.
  useEffect(() => {
    if (box.current && pending.current === null && draft === null) box.current.value = stored?.text ?? '';
  }, [stored?.text, draft]);

  useEffect(() => {
    const onHide = () => { if (document.visibilityState === 'hidden') void flush(); };
    document.addEventListener('visibilitychange', onHide);
    addEventListener('pagehide', flush);
    return () => { document.removeEventListener('visibilitychange', onHide); removeEventListener('pagehide', flush); };
  }, []);

  function onInput(text: string) {
    setDraft(text);
    pending.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }

  const unsaved = draft !== null;
  const status = persistence === 'memory'
    ? 'Not saved: this browser is not keeping data right now.'
    : unsaved ? 'Saving soon…' : savedAt ? `Saved at ${timeOf(savedAt)}` : stored ? `Saved at ${timeOf(stored.updatedAt)}` : 'Notes are saved in this browser as you type.';
  return (
    <div class="notes">
      <label for={`notes-${sectionId}`} class="notes-label">Your notes on this section</label>
      <textarea ref={box} id={`notes-${sectionId}`} class="notes-text" rows={5}
        onInput={(e) => onInput(e.currentTarget.value)} onBlur={flush} />
      <p class="notes-status" data-saved={!unsaved && (savedAt || stored) ? '' : undefined}>{status}</p>
    </div>
  );
}
