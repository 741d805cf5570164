import { useStore } from '@nanostores/preact';
import { isSectionDone, type SectionRecord } from '../lib/progress';
import { practiceKey, sectionKey } from '../storage/keys';
import type { PracticeRecord } from '../storage/records';
import { $records } from '../stores/learner';

/** A section (with its number of checks) or the course's practice test. */
type Unit = { sectionId: string; checks: number } | { practice: true };

/** The done mark beside a unit in the course outline; its box is always reserved, so nothing moves. */
export default function SectionDoneMark({ courseId, unit }: { courseId: string; unit: Unit }) {
  const key = 'practice' in unit ? practiceKey(courseId) : sectionKey(courseId, unit.sectionId);
  const record = useStore($records, { keys: [key] })[key];
  const done = 'practice' in unit ? (record as PracticeRecord | undefined)?.best?.passed === true : isSectionDone(record as SectionRecord | undefined, unit.checks);
  return (
    <span class="done-mark" data-done={done ? '' : undefined}>
      <span aria-hidden="true">{done ? '✓' : ''}</span>
      <span class="visually-hidden">{done ? 'Done' : 'Not done'}</span>
    </span>
  );
}
