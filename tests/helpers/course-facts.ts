import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCourses } from './content-files';

/**
 * Counts of the published course, read from its files, so that tests state the site's rules ("every section
 * has a page", "a unit per section plus the practice test") rather than today's numbers: adding a section
 * must not break them. (tests/unit/content/course-content.test.ts pins the outline itself, on purpose.)
 */
export const COURSE_ID = 'failure-modes-in-distributed-systems';
const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const [course] = readCourses(CONTENT).filter((c) => c.id === COURSE_ID);

export const SECTION_COUNT = course!.sections.length;
/** Units on the progress line: every section plus the practice test. */
export const UNIT_COUNT = SECTION_COUNT + 1;
export const CHECK_COUNT = course!.sections.reduce((n, s) => n + (s.data.quiz as unknown[]).length, 0);
export const CHALLENGE_COUNT = readdirSync(join(CONTENT, 'challenges')).filter((f) => /\.mdx?$/.test(f)).length;

/** The progress line's count, as the course and catalog pages write it. */
export const doneOf = (done: number) => `${done} of ${UNIT_COUNT} done`;
/** The progress line's percentage for `done` units, rounded as lib/progress.ts does. */
export const percentOf = (done: number) => `${Math.round((done / UNIT_COUNT) * 100)}%`;
