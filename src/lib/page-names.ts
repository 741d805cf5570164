import type { ContentProblem } from './content-error';
import { courseFolder, fileSlug } from './content-paths';

/**
 * Pages every course has beside its sections (src/pages/concepts/[course]/<name>.astro). A section file with one of
 * these names would have the same URL, and Astro builds the course's own page there instead of the section.
 */
export const COURSE_PAGE_NAMES = ['practice', 'print', 'review'] as const;

/** A content file: its path relative to the content folder, and relative to the project root (as problems name it). */
export interface NamedFile {
  kind: 'section' | 'challenge';
  entry: string;
  file: string;
}

const folderOf = (entry: string) => entry.replace(/[^/]+$/, '');

/**
 * File names the site cannot build as written: a section named after one of its course's own pages, and two files
 * with one name in the same folder (`retries.md` beside `retries.mdx`), which would be one page.
 */
export function pageNameProblems(files: readonly NamedFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byPage = new Map<string, NamedFile[]>();
  for (const f of files) {
    const slug = fileSlug(f.entry);
    const key = `${f.kind}:${folderOf(f.entry)}${slug}`;
    byPage.set(key, [...(byPage.get(key) ?? []), f]);
    if (f.kind === 'section' && (COURSE_PAGE_NAMES as readonly string[]).includes(slug)) {
      problems.push({
        file: f.file, field: 'file name',
        message: `"${slug}" is the name of the course's own ${slug} page (/concepts/${courseFolder(f.entry)}/${slug}/), so this section would never be built`,
        hint: `rename the file, e.g. ${slug}-basics.${f.entry.split('.').pop()} (the section's URL is its file name; its id stays as it is)`,
      });
    }
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
