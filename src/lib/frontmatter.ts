import type { ContentProblem } from './content-error';

// The same pattern Astro uses to find frontmatter (@astrojs/internal-helpers/frontmatter), limited to YAML.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const OPENING_FENCE = /^\uFEFF?(?:\s*\n)?---[ \t]*\r?\n/;

/** A Markdown file split the way the build splits it. */
export interface MarkdownParts {
  /** The YAML between the fences, starting with the rest of the opening fence's line. */
  yaml: string;
  /** File line of the opening fence, which is also line 1 of `yaml`. */
  yamlFirstLine: number;
  /** The body with the frontmatter blanked out (as Astro's MDX loader does), so body positions are file positions. */
  body: string;
}

const newlines = (text: string) => text.split('\n').length - 1;

/** Splits frontmatter from body, or explains why the file has no usable frontmatter. */
export function splitFrontmatter(source: string, file: string): MarkdownParts | { problem: ContentProblem } {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    const opening = OPENING_FENCE.exec(source);
    const line = opening ? newlines(opening[0]) : 1;
    return {
      problem: opening
        ? { file, line, column: 1, field: 'frontmatter', message: `the frontmatter opened with "---" on line ${line} is never closed`, hint: 'add a line with just --- after the last field, before the text starts' }
        : { file, line: 1, column: 1, field: 'frontmatter', message: 'the file has no frontmatter', hint: 'start the file with a line ---, then the fields (id, title, ...), then a closing line --- (see CONTRIBUTING.md)' },
    };
  }
  const yaml = match[1]!;
  const fenceStart = match.index + match[0].indexOf('---');
  const block = `---${yaml}---`;
  return {
    yaml,
    yamlFirstLine: newlines(source.slice(0, fenceStart)) + 1,
    body: source.replace(block, `   ${yaml.replace(/[^\r\n]/g, ' ')}   `),
  };
}

// Astro's own patterns (@astrojs/internal-helpers/frontmatter), with TOML fences, for quickFrontmatter below.
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const ASTRO_OPENING = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * A Markdown file's YAML frontmatter and body exactly as Astro's `.md` loader splits them (frontmatter blanked out with
 * spaces, then trimmed), or undefined when Astro would not read YAML (no frontmatter, or TOML between `+++` fences).
 */
export function astroFrontmatterParts(source: string): { yaml: string; body: string } | undefined {
  const yaml = ASTRO_FRONTMATTER.exec(source)?.[1];
  if (yaml === undefined || ASTRO_OPENING.exec(source)?.[1] !== '---') return undefined;
  return { yaml, body: source.replace(`---${yaml}---`, `   ${yaml.replace(/[^\r\n]/g, ' ')}   `).trim() };
}

/** Where a Markdown file's body starts: just past the YAML frontmatter as Astro finds it (0 without frontmatter). */
export function bodyStart(source: string): number {
  const match = ASTRO_FRONTMATTER.exec(source);
  return match ? match.index + match[0].length : 0;
}
