import { useEffect, useRef } from 'preact/hooks';
import { letterOf } from '../lib/letters';
import { formatClock, scoreAttempt, arrangeAttempt, type PracticeItem } from '../lib/practice';
import type { PracticeResult } from '../storage/records';
import type { AnswerKey } from './practice-key';

interface Props {
  result: PracticeResult;
  best?: PracticeResult;
  items: PracticeItem[];
  answerKey: AnswerKey;
  passPercent: number;
  sections: Array<{ id: string; title: string; href: string }>;
  onRestart: () => void;
  /** Move focus to the result (right after submitting), so keyboard and screen-reader users land on it. */
  focus?: boolean;
}

/** The result: score, pass or fail, time, a per-section breakdown and every question with its explanation. */
export default function PracticeResultView({ result, best, items, answerKey, passPercent, sections, onRestart, focus }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (focus) heading.current?.focus(); }, [focus, result.at]);
  const score = scoreAttempt(items, answerKey.answers, result.answers, passPercent);
  const ordered = arrangeAttempt(items, result.seed);
  const optionText = (q: PracticeItem, i: number | undefined) => (i === undefined ? 'No answer' : q.options[i]);
  return (
    <section class="pt-result" aria-labelledby="pt-result-heading">
      <h2 id="pt-result-heading" tabIndex={-1} ref={heading}>Result: {result.score} of {result.total} ({result.percent}%) · {result.passed ? 'Passed' : 'Not passed yet'}</h2>
      <p>Pass mark {passPercent}%. Time taken {formatClock(Math.round(result.durationMs / 1000))}.{best && ` Best score: ${best.score} of ${best.total} (${best.percent}%).`}</p>
      <h3>By section</h3>
      <table class="pt-breakdown">
        <thead><tr><th scope="col">Section</th><th scope="col">Right</th></tr></thead>
        <tbody>
          {score.bySection.map((s) => {
            const section = sections.find((x) => x.id === s.section);
            return <tr key={s.section}><td>{section ? <a href={section.href}>{section.title}</a> : s.section}</td><td>{s.right} of {s.total}{s.right < s.total && section ? ' · re-read it' : ''}</td></tr>;
          })}
        </tbody>
      </table>
      <h3>Every question</h3>
      <ol class="pt-review">
        {ordered.map((q) => {
          const given = result.answers[q.id];
          const right = answerKey.answers[q.id];
          const correct = given === right;
          return (
            <li key={q.id} data-correct={String(correct)}>
              <p class="qc-question">{q.question}</p>
              <p>Your answer: {given === undefined ? 'No answer' : `${letterOf(q.order.indexOf(given))}. ${optionText(q, given)}`} — <strong>{correct ? 'right' : 'wrong'}</strong></p>
              {!correct && right !== undefined && <p>Right answer: {letterOf(q.order.indexOf(right))}. {optionText(q, right)}</p>}
              <p class="pt-explanation">{answerKey.explanations[q.id]}</p>
            </li>
          );
        })}
      </ol>
      <button type="button" class="button button-primary" onClick={onRestart}>Start a new attempt</button>
    </section>
  );
}
