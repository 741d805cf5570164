/** The site's base path, always with a trailing slash ("/" or "/learn/"). */
export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * Joins the base with a site-relative path. Page paths are written with a trailing slash
 * (`concepts/`); with `trailingSlash: 'never'` it is dropped, except for the site root.
 */
export function withBase(base: string, path: string, trailingSlash: 'always' | 'never' | 'ignore' = 'ignore'): string {
  const clean = path.replace(/^\/+/, '');
  const spelled = trailingSlash === 'never' ? clean.replace(/\/+(?=$|[?#])/, '') : clean;
  return normaliseBase(base) + spelled;
}

/** Path of the concepts catalog. */
export const catalogPath = () => 'concepts/';
/** Path of a course page. */
export const coursePath = (courseId: string) => `concepts/${courseId}/`;
/** Path of a section page. */
export const sectionPath = (courseId: string, slug: string) => `concepts/${courseId}/${slug}/`;
/** Path of a challenge page. */
export const challengePath = (challengeId: string) => `challenges/${challengeId}/`;
/** Path of a category page (DSA, System Design). */
export const categoryPath = (category: string) => `categories/${category}/`;
/** Path of the page that shows a whole course on one page, for printing. */
export const coursePrintPath = (courseId: string) => `concepts/${courseId}/print/`;
/** Path of the list of every system-design challenge. */
export const challengesPath = () => 'challenges/';
/** Path of a course's practice test. */
export const coursePracticePath = (courseId: string) => `concepts/${courseId}/practice/`;
/** Path of the list of practice tests. */
export const practicePath = () => 'practice/';
/** Path of the learner's progress page. */
export const progressPath = () => 'progress/';
