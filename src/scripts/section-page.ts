import { bindNotesPanel } from './notes-panel';
import { bindQuickCheck } from './quick-check';
import { bindSectionStatus } from './section-status';

/** Binds a section page's quick checks, status line and notes to the learner store. */
for (const page of document.querySelectorAll<HTMLElement>('[data-section-page]')) {
  const { course = '', section = '' } = page.dataset;
  for (const check of page.querySelectorAll<HTMLElement>('.qc')) bindQuickCheck(check, course, section);
  for (const status of page.querySelectorAll<HTMLElement>('[data-section-status]')) bindSectionStatus(status, course, section);
  for (const notes of page.querySelectorAll<HTMLElement>('[data-notes]')) bindNotesPanel(notes, course, section);
}
