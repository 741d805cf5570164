import { useStore } from '@nanostores/preact';
import { isSectionDone, type SectionRecord } from '../lib/progress';
import { sectionKey } from '../storage/keys';
import { $records } from '../stores/learner';

interface Props {
  courseId: string;
  sectionId: string;
  checks: number;
}

/** The done mark beside a section in the course outline; its box is always reserved, so nothing moves. */
export default function SectionDoneMark({ courseId, sectionId, checks }: Props) {
  const key = sectionKey(courseId, sectionId);
  const done = isSectionDone(useStore($records, { keys: [key] })[key] as SectionRecord | undefined, checks);
  return (
    <span class="done-mark" data-done={done ? '' : undefined}>
      <span aria-hidden="true">{done ? '✓' : ''}</span>
      <span class="visually-hidden">{done ? 'Done' : 'Not done'}</span>
    </span>
  );
}
