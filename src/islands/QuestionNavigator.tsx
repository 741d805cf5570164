import { useRef } from 'preact/hooks';
import type { AttemptQuestion } from '../lib/practice';
import type { PracticeRecord } from '../storage/records';

interface Props {
  questions: AttemptQuestion[];
  attempt: NonNullable<PracticeRecord['attempt']>;
  current: number;
  onGo: (index: number) => void;
  onSubmit: () => void;
}

/** Buttons for every question (answered and flagged states), and Submit with a summary of what is missing. */
export default function QuestionNavigator({ questions, attempt, current, onGo, onSubmit }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const numbers = (pick: (q: AttemptQuestion) => boolean) => questions.flatMap((q, i) => (pick(q) ? [i + 1] : []));
  const unanswered = numbers((q) => attempt.answers[q.id] === undefined);
  const flagged = numbers((q) => attempt.flagged.includes(q.id));
  const list = (n: number[]) => (n.length ? `${n.length} (${n.join(', ')})` : 'none');
  return (
    <nav class="pt-nav" aria-label="Questions">
      <ol class="pt-nav-list">
        {questions.map((q, i) => {
          const state = [attempt.answers[q.id] !== undefined ? 'answered' : 'not answered', attempt.flagged.includes(q.id) && 'flagged'].filter(Boolean).join(', ');
          return (
            <li key={q.id}>
              <button type="button" class="pt-nav-button" aria-current={i === current ? 'step' : undefined} aria-label={`Question ${i + 1}, ${state}`}
                data-answered={attempt.answers[q.id] !== undefined ? '' : undefined} data-flagged={attempt.flagged.includes(q.id) ? '' : undefined} onClick={() => onGo(i)}>
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" class="button button-primary" onClick={() => dialog.current?.showModal()}>Submit the test…</button>
      <dialog ref={dialog} class="confirm" aria-labelledby="pt-submit-title" onClose={() => dialog.current?.returnValue === 'submit' && onSubmit()}>
        <form method="dialog">
          <h2 id="pt-submit-title">Submit the test?</h2>
          <p>Unanswered: {list(unanswered)}. Flagged: {list(flagged)}.</p>
          <div class="confirm-actions">
            <button value="back" class="button" autofocus>Keep working</button>
            <button value="submit" class="button button-primary">Submit</button>
          </div>
        </form>
      </dialog>
    </nav>
  );
}
