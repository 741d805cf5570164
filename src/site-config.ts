/** Settings that name this copy of the site. One place, so a fork changes them once. */
export const SITE = {
  /** Shown in the header, page titles and Open Graph tags. */
  name: 'Failure Modes',
  /** One sentence about the whole site, for the home page's description and Open Graph. */
  description: 'Short, exact lessons on how distributed systems fail, with quick checks, code in three languages and progress that stays in your browser.',
  /**
   * Address of the project's source repository, where issues and pull requests go; shown on the
   * Contact and Terms pages. Set it when you publish a copy; while unset, those pages say so instead of linking.
   */
  repositoryUrl: undefined as string | undefined,
};
