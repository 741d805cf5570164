import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { courseTemplate, nextOrder, sectionTemplate, slugify } from '../../src/lib/scaffold';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { parseYamlSource } from '../../src/lib/yaml-source';
import { CATEGORIES, LEVELS } from '../../src/schemas/course';
import { contentDir } from '../../src/lib/content-paths';
import { TAKEN_NAMES } from '../../src/lib/page-names';

/** What a scaffold command created. */
export interface Created {
  path: string;
  id: string;
  order?: number;
}

/** The content folder the build reads, as an absolute path. */
export const contentRoot = () => resolve(contentDir());

/** Orders already used in a course folder; files that cannot be read yet are skipped (the check reports them). */
function ordersIn(courseDir: string): number[] {
  return readdirSync(courseDir).filter((f) => /\.mdx?$/.test(f)).map((f) => {
    const parts = splitFrontmatter(readFileSync(join(courseDir, f), 'utf8'), f);
    if ('problem' in parts) return NaN;
    return Number((parseYamlSource(parts.yaml, f).data as { order?: unknown } | undefined)?.order);
  });
}

/** A slug from a title, or an error that says what to type instead. */
function slugOf(title: string, what: string, taken: readonly string[]): string {
  const slug = slugify(title);
  if (!slug) throw new Error(`the ${what} title "${title}" has no letters or digits to make a file name from`);
  if (taken.includes(slug)) throw new Error(`"${slug}" is the URL of another page of the site, so a ${what} cannot be named so; choose a longer title (e.g. "${title.trim()} basics")`);
  return slug;
}

/** Creates `content/concepts/<course>/<slug>.md` with the next free order number. */
export function createSection(course: string, title: string, dir = contentRoot()): Created {
  const courseDir = join(dir, 'concepts', course);
  if (!existsSync(join(courseDir, 'course.yaml'))) {
    const known = existsSync(join(dir, 'concepts')) ? readdirSync(join(dir, 'concepts')).join(', ') : 'none';
    throw new Error(`there is no course "${course}" (known: ${known}); create it with npm run new:course -- "<title>"`);
  }
  const id = slugOf(title, 'section', TAKEN_NAMES.section);
  const path = join(courseDir, `${id}.md`);
  if (existsSync(path) || existsSync(`${path}x`)) throw new Error(`${relative(process.cwd(), path)} already exists; choose another title`);
  const order = nextOrder(ordersIn(courseDir));
  writeFileSync(path, sectionTemplate({ id, title: title.trim(), order }));
  return { path, id, order };
}

/** Creates `content/concepts/<slug>/course.yaml`. */
export function createCourse(title: string, dir = contentRoot()): Created {
  const id = slugOf(title, 'course', TAKEN_NAMES.course);
  const courseDir = join(dir, 'concepts', id);
  if (existsSync(courseDir)) throw new Error(`${relative(process.cwd(), courseDir)} already exists; choose another title`);
  mkdirSync(courseDir, { recursive: true });
  const path = join(courseDir, 'course.yaml');
  writeFileSync(path, courseTemplate({ title: title.trim(), categories: Object.keys(CATEGORIES), levels: [...LEVELS] }));
  return { path, id };
}
