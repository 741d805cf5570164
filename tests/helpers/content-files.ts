import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';

export const fixture = (...parts: string[]) => join(import.meta.dirname, '..', 'fixtures', ...parts);

/** Splits a Markdown file into its YAML frontmatter (parsed) and body. */
export function readMarkdown(path: string): { data: Record<string, unknown>; body: string } {
  const source = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Reads a content tree the way the build does: courses and their section files. */
export function readCourses(root: string) {
  const conceptsDir = join(root, 'concepts');
  return readdirSync(conceptsDir).map((id) => {
    const dir = join(conceptsDir, id);
    const files = readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort();
    return {
      id,
      file: relative(root, join(dir, 'course.yaml')),
      course: parseYaml(readFileSync(join(dir, 'course.yaml'), 'utf8')) as Record<string, unknown>,
      sections: files.map((f) => ({ file: relative(root, join(dir, f)), ...readMarkdown(join(dir, f)) })),
    };
  });
}
