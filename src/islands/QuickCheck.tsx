import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { letterOf } from '../lib/letters';
import type { SectionRecord } from '../lib/progress';
import { sectionKey } from '../storage/keys';
import { $records } from '../stores/learner';
import { answerCheck } from '../stores/progress';

interface Props {
  courseId: string;
  sectionId: string;
  index: number;
  total: number;
  question: string;
  options: string[];
  /** The static answer block (a `<details>` element); the only place the answer is in the HTML. */
  children?: ComponentChildren;
}

/** Reads the correct option from the answer block, so the answer never appears in island props. */
function answerFrom(root: HTMLElement | null): number {
  return Number(root?.querySelector('[data-answer]')?.getAttribute('data-answer') ?? -1);
}

/** One quick check: a radio group, a Check button, the result and a way to try again. */
export default function QuickCheck({ courseId, sectionId, index, total, question, options, children }: Props) {
  const key = sectionKey(courseId, sectionId);
  const stored = (useStore($records, { keys: [key] })[key] as SectionRecord | undefined)?.checks[index];
  const [picked, setPicked] = useState<number | null>(null);
  const [retrying, setRetrying] = useState(false);
  const [hint, setHint] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const name = `qc-${sectionId}-${index}`;
  const result = retrying ? undefined : stored;
  const choice = result ? result.choice : picked;

  function check() {
    if (picked === null) return setHint('Choose an option first.');
    setHint('');
    setRetrying(false);
    void answerCheck(courseId, sectionId, index, picked, picked === answerFrom(root.current));
  }
  function tryAgain() {
    setRetrying(true);
    setPicked(null);
  }
  // Once answered, the explanation opens (it is in the static <details>, the only place holding the answer).
  useEffect(() => {
    if (result) root.current?.querySelector('details.qc-answer')?.setAttribute('open', '');
  }, [result?.at]);
  // After "Try again" re-enables the options, put focus on the first one so keyboard users continue there.
  useEffect(() => {
    if (retrying && picked === null) root.current?.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.focus();
  }, [retrying]);
  const answer = answerFrom(root.current);
  const status = result ? (result.correct ? 'Correct.' : `Not quite. The answer is ${letterOf(answer)}.`) : hint;

  return (
    <div class="qc" data-index={index} ref={root} data-revealed={result ? '' : undefined} data-correct={result ? String(result.correct) : undefined}>
      <fieldset class="qc-options" disabled={!!result}>
        <legend>
          <span class="qc-count">Quick check {index + 1}/{total}</span>
          <span class="qc-question">{question}</span>
        </legend>
        {options.map((text, i) => (
          <label class="qc-option" key={i} data-picked={result && choice === i ? (result.correct ? 'right' : 'wrong') : undefined}>
            <input type="radio" name={name} value={i} checked={choice === i} onChange={() => setPicked(i)} />
            <span class="qc-letter" aria-hidden="true">{letterOf(i)}</span>
            <span class="visually-hidden">{letterOf(i)}. </span>
            <span>{text}</span>
          </label>
        ))}
      </fieldset>
      <div class="qc-actions">
        {result
          ? <button type="button" class="button" onClick={tryAgain}>Try again</button>
          : <button type="button" class="button button-primary" onClick={check}>Check</button>}
        <p class="qc-result" role="status">{status}</p>
      </div>
      {children}
    </div>
  );
}
