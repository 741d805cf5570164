/**
 * Where the project's source lives. "Edit this page" links open files here, so a fork changes
 * this one place. The links use GitHub's `/edit/<branch>/<path>` form.
 */
export const REPOSITORY = {
  url: 'https://github.com/failure-modes/failure-modes',
  branch: 'main',
} as const;
