import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { letterOf } from '../lib/letters';
import { dueIds } from '../lib/review-schedule';
import { $persistence, $records } from '../stores/learner';
import { answerCheck } from '../stores/progress';
import { recordReviewAnswer, reviewItems } from '../stores/review';

export interface ReviewQuestion {
  /** Review id: `<section id>#<index>` for a quick check, the practice question id otherwise. */
  id: string;
  question: string;
  options: string[];
  answerIndex: number;
  explanation: string;
  section: { title: string; href: string };
}

/** Asks the questions due for review, one at a time; answers move them through the Leitner boxes. */
export default function ReviewSession({ courseId, questions }: { courseId: string; questions: ReviewQuestion[] }) {
  const persistence = useStore($persistence);
  const records = useStore($records);
  const [queue, setQueue] = useState<string[] | null>(null);
  const [position, setPosition] = useState(0);
  const [choice, setChoice] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const byId = new Map(questions.map((q) => [q.id, q]));
  // The queue is fixed when the session starts, so answering does not reshuffle what is on screen.
  useEffect(() => {
    if (persistence === 'loading' || queue) return;
    const mine = Object.fromEntries(Object.entries(reviewItems(records)).filter(([k]) => k.startsWith(`${courseId}/`)).map(([k, v]) => [k.slice(courseId.length + 1), v]));
    setQueue(dueIds(mine, Date.now(), (id) => byId.has(id)));
  }, [persistence]);

  if (!queue) return <p>Loading your review queue…</p>;
  const q = byId.get(queue[position] ?? '');
  if (!q) return <p class="review-empty">{queue.length ? `Review done: ${queue.length} question${queue.length === 1 ? '' : 's'} answered.` : 'Nothing is due for review right now.'} Questions you miss come back after 1, 3, 7, 14 and 30 days.</p>;

  async function check() {
    if (choice === null || !q) return;
    setChecked(true);
    const correct = choice === q.answerIndex;
    const [sectionId, index] = q.id.split('#');
    if (index !== undefined) await answerCheck(courseId, sectionId!, Number(index), choice, correct);
    else await recordReviewAnswer(courseId, q.id, correct);
  }
  function next() {
    setPosition(position + 1);
    setChoice(null);
    setChecked(false);
  }
  return (
    <div class="qc review-card" data-revealed={checked ? '' : undefined}>
      <fieldset class="qc-options" disabled={checked}>
        <legend><span class="qc-count">Review {position + 1} of {queue.length}</span><span class="qc-question">{q.question}</span></legend>
        {q.options.map((text, i) => (
          <label class="qc-option" key={`${q.id}-${i}`}>
            <input type="radio" name={`review-${q.id}`} checked={choice === i} onChange={() => setChoice(i)} />
            <span class="qc-letter" aria-hidden="true">{letterOf(i)}</span><span class="visually-hidden">{letterOf(i)}. </span><span>{text}</span>
          </label>
        ))}
      </fieldset>
      <div class="qc-actions">
        {checked ? <button type="button" class="button button-primary" onClick={next}>Next</button>
          : <button type="button" class="button button-primary" onClick={() => void check()}>Check</button>}
        <p class="qc-result" role="status">{checked ? (choice === q.answerIndex ? 'Correct.' : `Not quite. The answer is ${letterOf(q.answerIndex)}.`) : ''}</p>
      </div>
      {checked && <p>{q.explanation} <a href={q.section.href}>Re-read “{q.section.title}”</a>.</p>}
    </div>
  );
}
