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
