import { useStore } from '@nanostores/preact';
import { courseProgress, nextSection, type UnitSummary } from '../lib/progress';
import { courseKey } from '../storage/keys';
import type { CourseRecord } from '../storage/records';
import { $records } from '../stores/learner';
import { courseSectionRecords } from '../stores/progress';

export interface OutlineSection extends UnitSummary {
  title: string;
  href: string;
}

interface Props {
  courseId: string;
  sections: OutlineSection[];
  practiceMinutes: number;
}

/** "N of 16 done · ~M min left", a bar and a link to continue where the learner left off. */
export default function CourseProgress({ courseId, sections, practiceMinutes }: Props) {
  const all = useStore($records);
  const records = courseSectionRecords(all, courseId);
  const last = (all[courseKey(courseId)] as CourseRecord | undefined)?.lastSectionId;
  const progress = courseProgress(sections, records, { minutes: practiceMinutes, passed: false });
  const next = nextSection(sections, records, last);
  const started = progress.done > 0 || last !== undefined;
  return (
    <div class="course-progress">
      <p class="progress-line">
        <strong>{progress.done} of {progress.total} done</strong> · ~{progress.minutesLeft} min left · {progress.percent}%
      </p>
      <div class="bar" role="progressbar" aria-label="Course progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
        <span style={{ width: `${progress.percent}%` }} />
      </div>
      {next && (
        <a class="button button-primary continue" href={next.href}>
          {started ? 'Continue where you left off: ' : 'Start: '}{next.title}
        </a>
      )}
    </div>
  );
}
