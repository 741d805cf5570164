/** Where each kind of content lives, relative to the content folder; the build and the check both use these. */
export const CONTENT_PATTERNS = {
  courses: 'concepts/*/course.yaml',
  sections: 'concepts/*/*.{md,mdx}',
  practice: 'concepts/*/practice.yaml',
  challenges: 'challenges/*.{md,mdx}',
} as const;

/** Folder name of the course a file sits in: `concepts/<course>/...`. */
export const courseFolder = (entry: string) => entry.split('/')[1]!;

/** File name without extension: the URL slug of a section or challenge. */
export const fileSlug = (entry: string) => entry.split('/').pop()!.replace(/\.(mdx?|ya?ml)$/, '');

/** The content folder the build reads: CONTENT_DIR lets tests and benchmarks build another tree with the same code. */
export const contentDir = () => process.env.CONTENT_DIR ?? 'content';
