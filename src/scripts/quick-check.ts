import { letterOf } from '../lib/letters';
import type { SectionRecord } from '../lib/progress';
import { sectionKey } from '../storage/keys';
import { $records } from '../stores/learner';
import { answerCheck } from '../stores/progress';
import { toggle } from './dom';

/** A Try again this soon after the answer was checked is taken as a repeat of the Check click. */
const REPEAT_GUARD_MS = 300;

/**
 * Makes one server-rendered quick check (components/QuickCheck.astro) interactive: Check, the result, Try again.
 * It renders the learner store into the existing markup; the correct option is read from the static <details>,
 * so the answer is nowhere else in the page.
 */
export function bindQuickCheck(root: HTMLElement, courseId: string, sectionId: string): void {
  const index = Number(root.dataset.index);
  const key = sectionKey(courseId, sectionId);
  const fieldset = root.querySelector('fieldset')!;
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const button = root.querySelector<HTMLButtonElement>('.qc-actions button')!;
  const status = root.querySelector<HTMLElement>('.qc-result')!;
  const details = root.querySelector('details.qc-answer');
  const answer = Number(root.querySelector('[data-answer]')?.getAttribute('data-answer') ?? -1);
  let retrying = false;
  let hint = '';
  let answeredAt = -Infinity;
  let shownAt: number | undefined;

  const picked = () => inputs.findIndex((input) => input.checked);
  const result = () => (retrying ? undefined : ($records.get()[key] as SectionRecord | undefined)?.checks[index]);

  function render(): void {
    const stored = result();
    if (stored) hint = ''; // answered (here or in another tab): an old "choose an option" no longer applies
    fieldset.disabled = !!stored;
    toggle(root, 'data-revealed', stored ? '' : undefined);
    toggle(root, 'data-correct', stored ? String(stored.correct) : undefined);
    inputs.forEach((input, i) => {
      if (stored) input.checked = stored.choice === i;
      toggle(input.closest('label')!, 'data-picked', stored && stored.choice === i ? (stored.correct ? 'right' : 'wrong') : undefined);
    });
    button.textContent = stored ? 'Try again' : 'Check';
    button.className = stored ? 'button' : 'button button-primary';
    status.textContent = stored ? (stored.correct ? 'Correct.' : `Not quite. The answer is ${letterOf(answer)}.`) : hint;
    // Once answered, the explanation opens (once per answer, so the learner can close it again).
    if (stored && stored.at !== shownAt) details?.setAttribute('open', '');
    shownAt = stored?.at;
  }

  button.addEventListener('click', (event) => {
    if (result()) {
      // The button turned from Check into Try again: the second click of a double click, or a second Enter
      // right after the first, repeats the check rather than wiping the answer it just recorded.
      if (event.detail > 1 || performance.now() - answeredAt < REPEAT_GUARD_MS) return;
      retrying = true;
      hint = '';
      for (const input of inputs) input.checked = false;
      details?.removeAttribute('open'); // the explanation names the answer: closed again for the retry
      render();
      inputs[0]?.focus(); // keyboard users continue at the first option
      return;
    }
    const choice = picked();
    hint = choice < 0 ? 'Choose an option first.' : '';
    if (choice >= 0) {
      answeredAt = performance.now();
      retrying = false;
      void answerCheck(courseId, sectionId, index, choice, choice === answer);
    }
    render();
  });
  $records.subscribe(render);
  root.dataset.ready = '';
}
