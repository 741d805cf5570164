import type { ContentProblem } from './content-error';
import { courseFolder, fileSlug } from './content-paths';
import { KEBAB_CASE } from '../schemas/section';
import { slugify } from './scaffold';

/**
 * Pages every course has beside its sections (src/pages/concepts/[course]/<name>.astro). A section file with one of
 * these names would have the same URL, and Astro builds the course's own page there instead of the section.
 */
export const COURSE_PAGE_NAMES = ['practice', 'print', 'review'] as const;

/**
 * Names taken by other pages, for each kind of named content. `index` is no name for a page of its own: with
 * file-style URLs (SITE_BUILD_FORMAT=file), `challenges/index.md` would be written as challenges/index.html, which
 * hosts with clean URLs serve in place of the list at /challenges/.
 */
export const TAKEN_NAMES = { section: [...COURSE_PAGE_NAMES, 'index'], challenge: ['index'], course: ['index'] } as const;

/** A content file: its path relative to the content folder, and relative to the project root (as problems name it). */
export interface NamedFile {
  kind: 'course' | 'section' | 'challenge' | 'practice';
  entry: string;
  file: string;
}

const folderOf = (entry: string) => entry.replace(/[^/]+$/, '');
const extensionOf = (entry: string) => entry.slice(entry.lastIndexOf('.') + 1);

/** A file or folder name that is not kebab-case, or is taken: what is wrong, or undefined when the name is fine. */
function nameProblem(name: string, what: string, taken: readonly string[]): string | undefined {
  if (!KEBAB_CASE.test(name)) return `the ${what} "${name}" is not lowercase words joined by hyphens, and it is the page's URL`;
  if (taken.includes(name)) return `the ${what} "${name}" is taken by a page of the site`;
  return undefined;
}

/** A name the check can suggest instead: the same words in kebab-case, made different from a taken name. */
function betterName(name: string, taken: readonly string[]): string {
  const words = slugify(name);
  return !words || taken.includes(words) ? `${words || 'my'}-basics` : words;
}

/**
 * File and folder names the site cannot build as written. They are URLs, so, like ids, they are lowercase words joined by
 * hyphens (`Print.md`, `print?.md` or `%2e.md` would be written under one name and linked under another, or not
 * built). A section may not be named after one of its course's own pages, nor anything `index`. Two files in one
 * folder may not share a name (`retries.md` beside `retries.mdx`): they would be one page.
 */
export function pageNameProblems(files: readonly NamedFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byPage = new Map<string, NamedFile[]>();
  for (const f of files) {
    if (f.kind === 'course') {
      const folder = courseFolder(f.entry);
      const wrong = nameProblem(folder, 'course folder', TAKEN_NAMES.course);
      if (wrong) problems.push({ file: f.file, field: 'course folder', message: wrong, hint: `rename the folder to concepts/${betterName(folder, TAKEN_NAMES.course)}/ (links to its pages change with it)` });
      continue;
    }
    if (f.kind === 'practice') continue;
    const slug = fileSlug(f.entry);
    const key = `${f.kind}:${folderOf(f.entry)}${slug}`;
    byPage.set(key, [...(byPage.get(key) ?? []), f]);
    const taken = TAKEN_NAMES[f.kind];
    const wrong = nameProblem(slug, 'file name', taken);
    if (!wrong) continue;
    const where = f.kind === 'section' && (COURSE_PAGE_NAMES as readonly string[]).includes(slug)
      ? `: the course's own ${slug} page is /concepts/${courseFolder(f.entry)}/${slug}/, so this section would never be built`
      : '';
    problems.push({
      file: f.file, field: 'file name', message: `${wrong}${where}`,
      hint: `rename the file to ${betterName(slug, taken)}.${extensionOf(f.entry)} (its URL is its file name${f.kind === 'section' ? '; its id stays as it is' : ''})`,
    });
  }
  for (const same of byPage.values()) {
    if (same.length < 2) continue;
    const [first, ...others] = same;
    for (const f of others) {
      problems.push({
        file: f.file, field: 'file name',
        message: `${first!.file} has the same name, so the two would be one page`,
        hint: 'keep one of the two files (a section in .mdx needs no .md beside it), or rename one',
      });
    }
  }
  return problems;
}
