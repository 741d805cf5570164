import { useStore } from '@nanostores/preact';
import { $persistence, $records } from '../stores/learner';
import { resetCourseProgress, summariseCourse, type OutlineForSummary } from '../stores/progress';
import ConfirmButton from './ConfirmButton';

export interface CourseForProgress extends OutlineForSummary {
  title: string;
  href: string;
}

/** Every course the learner has started, with progress, accuracy, where to continue and their notes. */
export default function MyProgress({ courses, catalogHref }: { courses: CourseForProgress[]; catalogHref: string }) {
  const records = useStore($records);
  const persistence = useStore($persistence);
  if (persistence === 'loading') return <p class="my-progress-loading">Loading your progress from this browser…</p>;
  const started = courses.map((course) => ({ course, summary: summariseCourse(records, course) })).filter((c) => c.summary.started);
  if (started.length === 0) {
    return <p class="my-progress-empty">You have not started a course in this browser yet. <a href={catalogHref}>Browse the concepts</a> to begin.</p>;
  }
  return (
    <ul class="my-progress">
      {started.map(({ course, summary: s }) => (
        <li class="card" key={course.id}>
          <h2 class="card-title"><a href={course.href}>{course.title}</a></h2>
          <p class="progress-line"><strong>{s.progress.done} of {s.progress.total} done</strong> · ~{s.progress.minutesLeft} min left · {s.progress.percent}%</p>
          <div class="bar" role="progressbar" aria-label={`${course.title} progress`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={s.progress.percent}>
            <span style={{ width: `${s.progress.percent}%` }} />
          </div>
          <dl class="stats">
            <div><dt>Quick-check accuracy</dt><dd>{s.accuracy === undefined ? 'No answers yet' : `${s.accuracy}%`}</dd></div>
            <div><dt>Last visited</dt><dd>{s.last ? s.last.title : '—'}</dd></div>
            <div><dt>Notes</dt><dd>{s.notes.length}</dd></div>
            <div><dt>Review</dt><dd>{s.review.due} due{s.review.queued > s.review.due ? ` · ${s.review.queued - s.review.due} later` : ''}</dd></div>
          </dl>
          <div class="actions">
            {s.next && <a class="button button-primary" href={s.next.href}>Continue: {s.next.title}</a>}
            {s.review.queued > 0 && <a class="button" href={`${course.href}review/`}>Review: {s.review.due} due</a>}
            <ConfirmButton label={`Reset progress in ${course.title}`} confirmLabel="Reset progress"
              question={`Reset your answers, done marks, practice results and review queue for “${course.title}”? Your notes are kept. This cannot be undone (export first to keep a copy).`}
              onConfirm={() => void resetCourseProgress(course.id)} />
          </div>
          {s.notes.length > 0 && (
            <>
              <h3>Your notes</h3>
              <ul class="note-list">
                {s.notes.map((n) => <li key={n.sectionId}><a href={n.href}>{n.title}</a><p class="note-text">{n.text}</p></li>)}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
