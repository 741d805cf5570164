import { courseProgress, type UnitSummary } from '../lib/progress';
import { useCourseRecords } from './CourseProgress';

interface Props {
  courseId: string;
  title: string;
  sections: UnitSummary[];
  practiceMinutes: number;
}

/** A course card's progress line and bar; shows the empty state until stored progress arrives, in the same space. */
export default function CourseCardProgress({ courseId, title, sections, practiceMinutes }: Props) {
  const progress = courseProgress(sections, useCourseRecords(courseId), { minutes: practiceMinutes, passed: false });
  return (
    <div class="card-progress">
      <p class="progress-line">Your progress: {progress.done} of {progress.total} done · {progress.percent}%</p>
      <div class="bar" role="progressbar" aria-label={`Your progress in ${title}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
        <span style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
