import { useEffect, useRef } from 'preact/hooks';
import { letterOf } from '../lib/letters';
import type { AttemptQuestion } from '../lib/practice';

interface Props {
  question: AttemptQuestion;
  position: number;
  total: number;
  answer: number | undefined;
  flagged: boolean;
  onAnswer: (option: number) => void;
  onFlag: () => void;
}

/** One question of the practice test: a radio group of its shuffled options and a flag. */
export default function PracticeQuestion({ question, position, total, answer, flagged, onAnswer, onFlag }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving to another question puts focus on its heading, so screen readers read it from the start.
  useEffect(() => heading.current?.focus(), [question.id]);
  return (
    <div class="pt-question">
      <h2 ref={heading} tabIndex={-1} class="pt-heading">Question {position + 1} of {total}</h2>
      <fieldset class="qc-options">
        <legend class="qc-question">{question.question}</legend>
        {question.order.map((original, shown) => (
          <label class="qc-option" key={original}>
            <input type="radio" name={`pt-${question.id}`} checked={answer === original} onChange={() => onAnswer(original)} />
            <span class="qc-letter" aria-hidden="true">{letterOf(shown)}</span>
            <span class="visually-hidden">{letterOf(shown)}. </span>
            <span>{question.options[original]}</span>
          </label>
        ))}
      </fieldset>
      <label class="pt-flag"><input type="checkbox" checked={flagged} onChange={onFlag} /> Flag this question to come back to it</label>
    </div>
  );
}
