/**
 * Which pages search engines should index. One rule, used by the page head (robots meta) and the
 * sitemap, so the two never disagree. Left out: the 404 and offline fallback pages, the learner's
 * own pages (My Progress and a course's review queue, whose content lives in the browser), and
 * whole-course print copies (duplicates of the sections).
 */
const NOT_INDEXED = [/\/404$/, /\/offline$/, /\/progress$/, /\/concepts\/[^/]+\/(print|review)$/];

/** True when the page at this path or URL should be indexed and listed in the sitemap. */
export function isIndexable(pathOrUrl: string): boolean {
  // One spelling for every URL style: no origin, query, `index.html`, `.html` or trailing slash.
  const path = pathOrUrl.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/(\/index)?\.html$/, '').replace(/\/+$/, '');
  return !NOT_INDEXED.some((pattern) => pattern.test(path));
}
