import { existsSync, globSync, readdirSync, statSync } from 'node:fs';
import { dirname, posix, relative, resolve, join } from 'node:path';
import { closest } from '../../src/lib/closest';
import { isError, type ContentProblem } from '../../src/lib/content-error';
import { positionProblems, type FieldLocator } from '../../src/lib/zod-problems';
import { CONTENT_PATTERNS, contentDir } from '../../src/lib/content-paths';
import { pageNameProblems } from '../../src/lib/page-names';
import { IMAGE_FILE } from '../../src/lib/markdown-lint';
import type { ContentKind } from '../../src/schemas/documents';
import { checkFile, type CheckedFile } from './check-file';
import { crossFileProblems } from './cross-file';

/** Where to look: the project root (problems name files relative to it) and the content folder. */
export interface CheckOptions {
  root?: string;
  /** Relative to root, or absolute. Defaults to the folder the build reads (CONTENT_DIR, else `content`). */
  contentDir?: string;
}

export interface CheckResult {
  problems: ContentProblem[];
  files: number;
  errors: number;
  warnings: number;
}

const KINDS: Array<[ContentKind, string]> = [
  ['course', CONTENT_PATTERNS.courses],
  ['practice', CONTENT_PATTERNS.practice],
  ['section', CONTENT_PATTERNS.sections],
  ['challenge', CONTENT_PATTERNS.challenges],
];

/** Files in the content folder that no collection reads: the build would silently skip them. */
function strayFiles(dir: string, known: Set<string>, root: string): ContentProblem[] {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
  return all.filter((entry) => !known.has(entry)).map((entry) => ({
    file: relative(root, join(dir, entry)), field: 'file', severity: 'warning' as const,
    message: 'the site does not read this file',
    hint: 'sections are content/concepts/<course>/<slug>.md (or .mdx), challenges content/challenges/<id>.md; course.yaml and practice.yaml sit in the course folder',
  }));
}

/** A name for a file in a Markdown link: the characters a URL would misread are escaped. */
const urlName = (name: string) => encodeURI(name).replace(/[?#]/g, encodeURIComponent);

/** Why the build cannot show a local image written this way, if it cannot (undefined when it can). */
function unusableImage(f: CheckedFile, url: string): { message: string; hint: string } | undefined {
  if (f.kind === 'challenge' && f.entry.endsWith('.md')) {
    return { message: `a Markdown challenge cannot show the local image "${url}": its text is placed around the hints as it was rendered, before the build processes images`, hint: 'draw it as an inline SVG with a text alternative (see "Diagrams, images and links" in CONTRIBUTING.md), or make the challenge an .mdx file' };
  }
  if (/[?#]/.test(url)) return { message: `the local image "${url}" has a query or fragment, which the build does not read`, hint: `write only the file name, ${url.replace(/[?#].*$/, '')}: the build gives the image its own versioned URL` };
  try {
    decodeURI(url);
  } catch {
    return { message: `the local image "${url}" has a "%" that is not an escape such as %20, so the build cannot read its name`, hint: 'rename the file without "%", or write it as %25' };
  }
  if (!IMAGE_FILE.test(url)) return { message: `"${url}" is not an image the build can show (AVIF, GIF, JPEG, PNG, SVG or WebP)`, hint: 'link to it instead, without the "!", or use one of those formats' };
  return undefined;
}

/**
 * Local images the bodies show (or MDX files import): each one found is a file the site reads; one that is not there,
 * or is written in a way the build cannot process, would stop the build with an error that names no content file, or
 * come out as a broken image. Each is reported here at the image, with the nearest name in its folder.
 */
function imageFiles(root: string, dir: string, checked: CheckedFile[]): { read: Set<string>; problems: ContentProblem[] } {
  const read = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const f of checked) {
    for (const image of f.images) {
      const at = { file: f.file, line: image.line, column: image.column, field: 'image' };
      const path = image.url.replace(/[?#].*$/, '');
      let name = path;
      try {
        name = decodeURI(path);
      } catch { /* reported below, with the file still counted as read */ }
      const entry = posix.normalize(posix.join(posix.dirname(f.entry), name));
      const absolute = join(dir, entry);
      const found = existsSync(absolute) && statSync(absolute).isFile();
      if (found) read.add(entry);
      const unusable = unusableImage(f, image.url);
      if (unusable) {
        problems.push({ ...at, ...unusable });
        continue;
      }
      if (found) continue;
      const folder = dirname(absolute);
      const near = existsSync(folder) ? closest(posix.basename(entry), readdirSync(folder).filter((n) => IMAGE_FILE.test(n))) : undefined;
      problems.push({
        ...at, message: `image "${image.url}" is not there (looked for ${relative(root, absolute).split('\\').join('/')})`,
        hint: near ? `did you mean "${posix.join(posix.dirname(path), urlName(near))}"?` : 'put the image in the same folder as this file and give its file name, e.g. ![A primary and two replicas](replicas.svg)',
      });
    }
  }
  return { read, problems };
}

/** Orders problems by file, then position, so the report reads top to bottom. */
const byPlace = (a: ContentProblem, b: ContentProblem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Checks every content file and the links between them, without building the site. */
export function checkContent(options: CheckOptions = {}): CheckResult {
  const root = resolve(options.root ?? process.cwd());
  const dir = resolve(root, options.contentDir ?? contentDir());
  const entries = KINDS.map(([kind, pattern]) => [kind, globSync(pattern, { cwd: dir }).sort()] as const);
  const checked: CheckedFile[] = entries.flatMap(([kind, list]) => list.map((entry) => checkFile(kind, root, dir, entry)));
  const locators = new Map<string, FieldLocator>(checked.flatMap((f) => (f.locate ? [[f.file, f.locate] as const] : [])));
  const images = imageFiles(root, dir, checked);
  const problems = positionProblems([
    ...checked.flatMap((f) => f.problems),
    ...crossFileProblems(checked),
    ...pageNameProblems(checked),
    ...images.problems,
    ...strayFiles(dir, new Set([...entries.flatMap(([, list]) => list), ...images.read]), root),
  ], locators).sort(byPlace);
  const errors = problems.filter(isError).length;
  return { problems, files: checked.length, errors, warnings: problems.length - errors };
}
