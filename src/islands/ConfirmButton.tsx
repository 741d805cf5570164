import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

interface Props {
  label: string;
  /** What will happen, stated plainly in the dialog. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  children?: ComponentChildren;
}

/** A button that asks for confirmation in a modal <dialog> (focus is trapped and restored by the browser). */
export default function ConfirmButton({ label, question, confirmLabel, onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" class="button button-danger" onClick={() => dialog.current?.showModal()}>{label}</button>
      <dialog ref={dialog} class="confirm" aria-label={label} onClose={() => dialog.current?.returnValue === 'yes' && onConfirm()}>
        <form method="dialog">
          <p>{question}</p>
          <div class="confirm-actions">
            <button value="no" class="button" autofocus>Cancel</button>
            <button value="yes" class="button button-danger">{confirmLabel}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
