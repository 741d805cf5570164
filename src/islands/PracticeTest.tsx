import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { announcementBetween, arrangeAttempt, formatClock, secondsLeft, spokenDuration, type PracticeItem } from '../lib/practice';
import { newSeed } from '../lib/shuffle';
import { practiceKey } from '../storage/keys';
import type { PracticeRecord } from '../storage/records';
import { $persistence, $records } from '../stores/learner';
import { answerPractice, showQuestion, startAttempt, submitAttempt, toggleFlag } from '../stores/practice';
import { readAnswerKey, type AnswerKey } from './practice-key';
import PracticeQuestion from './PracticeQuestion';
import PracticeResultView from './PracticeResultView';
import QuestionNavigator from './QuestionNavigator';

interface Props {
  courseId: string;
  minutes: number;
  passPercent: number;
  items: PracticeItem[];
  sections: Array<{ id: string; title: string; href: string }>;
  /** The static question list with answers in <details>: shown without JavaScript, read here for scoring. */
  children?: ComponentChildren;
}

/** Test-only overrides from the URL (`?seconds=5&seed=42`): a short duration and a reproducible order. */
function overrides() {
  const params = new URLSearchParams(location.search);
  const seconds = Number(params.get('seconds'));
  const seed = Number(params.get('seed'));
  return { durationMs: seconds > 0 ? seconds * 1000 : undefined, seed: Number.isInteger(seed) && params.has('seed') ? seed : undefined };
}

/** The timed practice test: start, one question at a time, flags, submit with a summary, and the result. */
export default function PracticeTest({ courseId, minutes, passPercent, items, sections, children }: Props) {
  const key = practiceKey(courseId);
  const record = useStore($records, { keys: [key] })[key] as PracticeRecord | undefined;
  const loading = useStore($persistence) === 'loading';
  const root = useRef<HTMLDivElement>(null);
  const [answerKey, setAnswerKey] = useState<AnswerKey>({ answers: {}, explanations: {} });
  const [now, setNow] = useState(() => Date.now());
  const [shown, setShown] = useState<number | null>(null);
  const [spoken, setSpoken] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const attempt = record?.attempt;
  const current = shown ?? attempt?.current ?? 0;
  const setCurrent = (position: number) => {
    setShown(position);
    void showQuestion(courseId, position);
  };
  const left = attempt ? secondsLeft(attempt.deadline, now) : 0;
  const previousLeft = useRef(left);

  useEffect(() => setAnswerKey(readAnswerKey(root.current)), []);
  useEffect(() => {
    if (!attempt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const onKey = (e: KeyboardEvent) => { if (e.altKey && e.key.toLowerCase() === 't') { e.preventDefault(); tellTime(); } };
    addEventListener('keydown', onKey);
    return () => { clearInterval(timer); removeEventListener('keydown', onKey); };
  }, [attempt?.startedAt]);
  useEffect(() => {
    const message = announcementBetween(previousLeft.current, left);
    if (message) setSpoken(message);
    previousLeft.current = left;
    // Time is up (also when the deadline passed while the tab was closed): submit what was answered.
    if (attempt && left === 0) void submit();
  }, [left, attempt?.startedAt]);

  function tellTime() {
    setSpoken(`${spokenDuration(secondsLeft(attempt?.deadline ?? 0, Date.now()))} left.`);
  }
  async function start() {
    setSubmitted(false);
    const o = overrides();
    setShown(0);
    setNow(Date.now());
    await startAttempt(courseId, o.seed ?? newSeed(), o.durationMs ?? minutes * 60_000);
  }
  async function submit() {
    await submitAttempt(courseId, items, answerKey.answers, passPercent);
    setSubmitted(true);
    setSpoken('The test was submitted. Your result is below.');
  }

  const questions = attempt ? arrangeAttempt(items, attempt.seed) : [];
  const question = questions[current];
  return (
    <div class="practice" ref={root}>
      <p class="visually-hidden" role="status">{spoken}</p>
      {loading ? <p>Loading…</p> : attempt && question ? (
        <div class="pt-running">
          <div class="pt-bar">
            <p class="pt-clock" role="timer" aria-live="off">Time left <strong>{formatClock(left)}</strong></p>
            <button type="button" class="button" onClick={tellTime} aria-keyshortcuts="Alt+T">Time left? (Alt+T)</button>
          </div>
          <PracticeQuestion question={question} position={current} total={questions.length} answer={attempt.answers[question.id]}
            flagged={attempt.flagged.includes(question.id)} onAnswer={(o) => void answerPractice(courseId, question.id, o)} onFlag={() => void toggleFlag(courseId, question.id)} />
          <div class="actions">
            <button type="button" class="button" disabled={current === 0} onClick={() => setCurrent(current - 1)}>Previous</button>
            <button type="button" class="button" disabled={current === questions.length - 1} onClick={() => setCurrent(current + 1)}>Next</button>
          </div>
          <QuestionNavigator questions={questions} attempt={attempt} current={current} onGo={setCurrent} onSubmit={() => void submit()} />
        </div>
      ) : record?.latest ? (
        <PracticeResultView result={record.latest} best={record.best} items={items} answerKey={answerKey} passPercent={passPercent} sections={sections} onRestart={() => void start()} focus={submitted} />
      ) : (
        <div class="pt-intro">
          <p>{items.length} questions · {minutes} minutes · pass mark {passPercent}%. One question at a time: move freely between questions, flag any to come back to, and submit when you are ready. When the time is up, the test is submitted with what you have answered. Press Alt+T at any time to hear the time left.</p>
          <button type="button" class="button button-primary" onClick={() => void start()}>Start the test</button>
        </div>
      )}
      {children}
    </div>
  );
}
