import { useStore } from '@nanostores/preact';
import { isSectionDone } from '../lib/progress';
import { $sections } from '../stores/progress';

interface Props {
  courseId: string;
  sectionId: string;
  checks: number;
}

/** The done mark beside a section in the course outline; its box is always reserved, so nothing moves. */
export default function SectionDoneMark({ courseId, sectionId, checks }: Props) {
  const done = isSectionDone(useStore($sections)[`${courseId}/${sectionId}`], checks);
  return (
    <span class="done-mark" data-done={done ? '' : undefined}>
      <span aria-hidden="true">{done ? '✓' : ''}</span>
      <span class="visually-hidden">{done ? 'Done' : 'Not done'}</span>
    </span>
  );
}
