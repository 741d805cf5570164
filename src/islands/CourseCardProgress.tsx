import { useStore } from '@nanostores/preact';
import { $persistence, $records } from '../stores/learner';
import { summariseCourse, type OutlineForSummary } from '../stores/progress';

/** A course card's progress line and bar; shows the empty state until stored progress arrives, in the same space. */
export default function CourseCardProgress({ course }: { course: OutlineForSummary & { title: string } }) {
  const { progress } = summariseCourse(useStore($records), course);
  return (
    <div class="card-progress" data-loading={useStore($persistence) === 'loading' ? '' : undefined}>
      <p class="progress-line">Your progress: {progress.done} of {progress.total} done · {progress.percent}%</p>
      <div class="bar" role="progressbar" aria-label={`Your progress in ${course.title}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
        <span style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
