import { useStore } from '@nanostores/preact';
import { $persistence, $records } from '../stores/learner';
import { summariseCourse, type OutlineForSummary } from '../stores/progress';

/** "N of 16 done · ~M min left", a bar and a link to continue where the learner left off. */
export default function CourseProgress({ course }: { course: OutlineForSummary }) {
  const records = useStore($records);
  const { progress, next, started, last } = summariseCourse(records, course);
  const label = next && last?.id === next.id ? 'Continue where you left off: ' : started ? 'Next: ' : 'Start: ';
  return (
    <div class="course-progress" data-loading={useStore($persistence) === 'loading' ? '' : undefined}>
      <p class="progress-line">
        <strong>{progress.done} of {progress.total} done</strong> · ~{progress.minutesLeft} min left · {progress.percent}%
      </p>
      <div class="bar" role="progressbar" aria-label="Course progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
        <span style={{ width: `${progress.percent}%` }} />
      </div>
      {next && (
        <a class="button button-primary continue" href={next.href}>
          {label}{next.title}
        </a>
      )}
    </div>
  );
}
