import { z } from 'zod';
import { quickCheckSchema, requiredText } from './quick-check';

/** Lowercase words (letters and digits) joined by hyphens: ids, and the file and folder names that are URLs. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable identifier: lowercase words joined by hyphens. */
export const idSchema = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .regex(KEBAB_CASE, {
      error: (issue) => `${what} must be lowercase words joined by hyphens (like "slow-dependencies"), found "${issue.input}"`,
    });

/**
 * Frontmatter of one section file (`content/concepts/<course>/<slug>.md`).
 * Each field's `.describe()` text is what authors read: in docs/frontmatter-reference.md (`npm run docs:fields`) and in editors' YAML hovers.
 */
export const sectionSchema = z.object({
  id: idSchema('id').describe('Stable id in kebab-case (e.g. `slow-dependencies`), unique within the course. Learner progress is stored under it: never change it, even when the file or title is renamed.'),
  title: requiredText('Title').describe('Title shown as the page heading and in the course outline.'),
  summary: requiredText('Summary').max(160, { error: 'summary must fit on one line (at most 160 characters)' })
    .describe('One line shown under the title in the course outline.'),
  order: z
    .number({ error: 'order must be a whole number such as 3' })
    .int({ error: 'order must be a whole number such as 3' })
    .min(1, { error: 'order starts at 1' })
    .describe('Position in the course, starting at 1. Unique within the course; `npm run new:section` picks the next free number.'),
  code: z.boolean({ error: 'code must be true or false' }).default(false)
    .describe('`true` when the section has a Code part: a `## Code` heading followed by fenced code blocks (python, java, javascript). `false` forbids a `## Code` heading.'),
  quiz: z
    .array(quickCheckSchema, { error: 'quiz must be a list of quick checks' })
    .min(1, { error: 'a section needs at least 1 quick check' })
    .max(5, { error: 'a section allows at most 5 quick checks' })
    .describe('The quick checks of the Quiz part. The content guide asks for 2 per section.'),
});

export type Section = z.infer<typeof sectionSchema>;
