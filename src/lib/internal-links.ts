import type { ContentProblem } from './content-error';
import type { LinkRef } from './markdown-lint';
import { closest } from './closest';

/** The pages content can link to: section slugs per course, and challenge ids. */
export interface SiteIndex {
  courses: Map<string, Set<string>>;
  challenges: Set<string>;
}

/** Pages inside a course folder that are not sections (the practice test). */
export const COURSE_PAGES = ['practice', 'review'];

const ORIGIN = 'https://site.invalid';

/** The site path a link points to, or undefined for external links, mail links and same-page anchors. */
export function sitePath(url: string, pagePath: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\/|^#|^$/i.test(url)) return undefined;
  const { pathname } = new URL(url, ORIGIN + pagePath);
  return /\.[a-z\d]+$/i.test(pathname) || pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Why a site path is not a page, or undefined when it is one (or lies outside /concepts/ and /challenges/). */
function missingTarget(path: string, index: SiteIndex): { what: string; suggestion?: string } | undefined {
  const [top, first, second, ...rest] = path.split('/').filter(Boolean);
  if (top === 'challenges' && first !== undefined) {
    if (index.challenges.has(first) && second === undefined) return undefined;
    return { what: `there is no challenge "${first}"`, suggestion: closest(first, index.challenges) && `/challenges/${closest(first, index.challenges)}/` };
  }
  if (top !== 'concepts' || first === undefined) return undefined;
  const sections = index.courses.get(first);
  if (!sections) return { what: `there is no course "${first}"`, suggestion: closest(first, index.courses.keys()) && `/concepts/${closest(first, index.courses.keys())}/` };
  if (second === undefined || ((sections.has(second) || COURSE_PAGES.includes(second)) && !rest.length)) return undefined;
  const near = closest(second, sections);
  return { what: `course "${first}" has no section "${second}"`, suggestion: near && `/concepts/${first}/${near}/` };
}

/** A relative URL from one directory page to another, so links work under any base path. */
export function relativeUrl(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return `${'../'.repeat(a.length - common)}${b.slice(common).join('/')}${b.length > common ? '/' : ''}` || './';
}

/** Checks a page's links to sections, courses and challenges; links to source files get their own message. */
export function checkLinks(links: LinkRef[], pagePath: string, file: string, index: SiteIndex): ContentProblem[] {
  return links.flatMap((link) => {
    const base = { file, line: link.line, column: link.column, field: 'link' };
    // A link to a .md file is resolved from the file's folder, where its author was looking.
    const source = /\.mdx?(?=$|[?#])/.test(link.url) ? sitePath(link.url, pagePath.replace(/[^/]+\/$/, '')) : undefined;
    if (source) {
      const page = `${source.replace(/\.mdx?$/, '')}/`;
      return [{ ...base, message: `link "${link.url}" points to a source file, not a page`, hint: `link to the page instead: ${relativeUrl(pagePath, page)}` }];
    }
    const path = sitePath(link.url, pagePath);
    const missing = path && missingTarget(path, index);
    if (!missing) return [];
    return [{
      ...base,
      message: `link "${link.url}" does not resolve: ${missing.what}`,
      hint: missing.suggestion ? `did you mean ${relativeUrl(pagePath, missing.suggestion)} ?` : 'link to an existing section (../<section file name>/ from another section) or challenge',
    }];
  });
}
