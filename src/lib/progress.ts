/**
 * The progress rules, in one place. A section is done once every one of its quick checks
 * has been answered correctly at least once; a later wrong retry does not undo it.
 * The practice test counts as one more unit, done once it has been passed.
 */

/** What is stored for one quick check. */
export interface CheckRecord {
  /** Zero-based index of the option chosen last. */
  choice: number;
  /** Whether the last answer was right. */
  correct: boolean;
  /** Whether the check has ever been answered right. */
  solved: boolean;
  /** When it was last answered (ms since epoch). */
  at: number;
  /** How many times it has been answered, and how many of those were right (for accuracy). */
  tries: number;
  rightTries: number;
}

/** What is stored for one section, keyed by quick-check index. */
export interface SectionRecord {
  checks: Record<string, CheckRecord>;
  updatedAt: number;
}

/** The parts of a course outline the rules need. */
export interface UnitSummary {
  id: string;
  minutes: number;
  checks: number;
}

/** Records a new answer, keeping `solved` once it has been earned. */
export function withAnswer(record: SectionRecord | undefined, index: number, choice: number, correct: boolean, at: number): SectionRecord {
  const previous = record?.checks[index];
  const check: CheckRecord = {
    choice, correct, solved: correct || previous?.solved === true, at,
    tries: (previous?.tries ?? 0) + 1, rightTries: (previous?.rightTries ?? 0) + (correct ? 1 : 0),
  };
  return { checks: { ...record?.checks, [index]: check }, updatedAt: at };
}

/** How many of a section's checks have been answered correctly at least once. */
export function solvedCount(record: SectionRecord | undefined, checks: number): number {
  let solved = 0;
  for (let i = 0; i < checks; i++) if (record?.checks[i]?.solved) solved++;
  return solved;
}

/** The rule: done when every quick check has been solved. */
export function isSectionDone(record: SectionRecord | undefined, checks: number): boolean {
  return checks > 0 && solvedCount(record, checks) === checks;
}

/** The line at the end of a section: what is left to do, or that it is done. */
export function sectionStatusText(record: SectionRecord | undefined, checks: number): string {
  return isSectionDone(record, checks)
    ? 'Section done: every quick check answered correctly.'
    : `Answer the quiz to continue (${solvedCount(record, checks)} of ${checks} quick checks correct).`;
}

export interface CourseProgress {
  done: number;
  total: number;
  percent: number;
  minutesLeft: number;
}

/**
 * Progress over a course's sections plus its practice test.
 * Records for sections that are not in the outline (removed after a deploy) are ignored, not deleted.
 */
export function courseProgress(
  sections: UnitSummary[],
  records: Record<string, SectionRecord | undefined>,
  practice: { minutes: number; passed: boolean },
): CourseProgress {
  let done = practice.passed ? 1 : 0;
  let minutesLeft = practice.passed ? 0 : practice.minutes;
  for (const section of sections) {
    if (isSectionDone(records[section.id], section.checks)) done++;
    else minutesLeft += section.minutes;
  }
  const total = sections.length + 1;
  return { done, total, percent: Math.round((done / total) * 100), minutesLeft };
}

/** Share of quick-check answers that were right, in percent; undefined before any answer. */
export function accuracy(records: Array<SectionRecord | undefined>): number | undefined {
  let tries = 0;
  let right = 0;
  for (const record of records) {
    for (const check of Object.values(record?.checks ?? {})) {
      tries += check.tries;
      right += check.rightTries;
    }
  }
  return tries === 0 ? undefined : Math.round((right / tries) * 100);
}

/** The section to continue with: the last visited one if it is unfinished, else the first unfinished after it, else the first unfinished. */
export function nextSection<T extends UnitSummary>(
  sections: T[],
  records: Record<string, SectionRecord | undefined>,
  lastVisitedId: string | undefined,
): T | undefined {
  const start = Math.max(0, sections.findIndex((s) => s.id === lastVisitedId));
  const ordered = [...sections.slice(start), ...sections.slice(0, start)];
  return ordered.find((s) => !isSectionDone(records[s.id], s.checks));
}
