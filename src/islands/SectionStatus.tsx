import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { isSectionDone, solvedCount } from '../lib/progress';
import type { SectionRecord } from '../lib/progress';
import { sectionKey } from '../storage/keys';
import { $records } from '../stores/learner';
import { visitSection } from '../stores/progress';

interface Props {
  courseId: string;
  sectionId: string;
  checks: number;
}

/** The line at the end of a section: what is left to do, or that the section is done. Also records the visit. */
export default function SectionStatus({ courseId, sectionId, checks }: Props) {
  const key = sectionKey(courseId, sectionId);
  const record = useStore($records, { keys: [key] })[key] as SectionRecord | undefined;
  useEffect(() => void visitSection(courseId, sectionId), [courseId, sectionId]);
  const done = isSectionDone(record, checks);
  return (
    <p class="section-status" data-done={done ? '' : undefined}>
      <span class="done-mark" aria-hidden="true">{done ? '✓' : ''}</span>
      {done
        ? 'Section done: every quick check answered correctly.'
        : `Answer the quiz to continue (${solvedCount(record, checks)} of ${checks} quick checks correct).`}
    </p>
  );
}
