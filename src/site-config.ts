/**
 * Where the project's source lives. "Edit this page" links open files here, and the Contact and
 * Terms pages link to it, so a fork changes this one place. The links use GitHub's
 * `/edit/<branch>/<path>` form.
 */
export const REPOSITORY = {
  url: 'https://github.com/failure-modes/failure-modes',
  branch: 'main',
} as const;

/** Settings that name this copy of the site. */
export const SITE = {
  /** Shown in the header, page titles and Open Graph tags. */
  name: 'Failure Modes',
  /** One sentence about the whole site, for the home page's description and Open Graph. */
  description: 'Short, exact lessons on how distributed systems fail, with quick checks, code in three languages and progress that stays in your browser.',
} as const;
