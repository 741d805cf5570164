import { useState } from 'preact/hooks';
import { removeEverything } from '../stores/learner';
import { exportLearnerData, importLearnerData } from '../stores/transfer';
import ConfirmButton from './ConfirmButton';

/** Export to a JSON file, import one (validated, then merged), and reset everything. */
export default function DataControls() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function download() {
    const file = await exportLearnerData();
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `learning-progress-${file.exportedAt.slice(0, 10)}.json` });
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ ok: true, text: `Exported ${Object.keys(file.records).length} records.` });
  }

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const result = await importLearnerData(await file.text());
    setMessage({ ok: result.ok, text: result.message });
    input.value = '';
  }

  return (
    <div class="data-controls">
      <div class="actions">
        <button type="button" class="button" onClick={download}>Export progress and notes</button>
        <label class="button file-button">
          Import a file…
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void upload(e.currentTarget)} />
        </label>
        <ConfirmButton label="Reset everything" confirmLabel="Delete everything"
          question="Delete all progress, notes, practice results and review items stored in this browser? This cannot be undone (export first to keep a copy)."
          onConfirm={() => void removeEverything()} />
      </div>
      <p class="data-message" role="status" data-ok={message ? String(message.ok) : undefined}>{message?.text}</p>
    </div>
  );
}
