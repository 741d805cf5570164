import { isSectionDone, sectionStatusText, type SectionRecord } from '../lib/progress';
import { sectionKey } from '../storage/keys';
import { $records } from '../stores/learner';
import { visitSection } from '../stores/progress';
import { toggle } from './dom';

/** Shows what is left to do in a section, or that it is done (components/SectionStatus.astro); records the visit. */
export function bindSectionStatus(root: HTMLElement, courseId: string, sectionId: string): void {
  const checks = Number(root.dataset.checks);
  const key = sectionKey(courseId, sectionId);
  const mark = root.querySelector('.done-mark')!;
  const text = root.querySelector('.section-status-text')!;
  $records.subscribe((records) => {
    const record = records[key] as SectionRecord | undefined;
    const done = isSectionDone(record, checks);
    toggle(root, 'data-done', done ? '' : undefined);
    mark.textContent = done ? '✓' : '';
    text.textContent = sectionStatusText(record, checks);
  });
  void visitSection(courseId, sectionId);
  root.dataset.ready = '';
}
