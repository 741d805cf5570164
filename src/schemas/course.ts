import { z } from 'zod';
import { requiredText } from './quick-check';
import { idSchema } from './section';

/** Categories a course can belong to, with the label shown to learners. */
export const CATEGORIES = { 'system-design': 'System Design', dsa: 'DSA' } as const;
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

export const categorySchema = z.enum(Object.keys(CATEGORIES) as [keyof typeof CATEGORIES], {
  error: (issue) => `category must be one of ${Object.keys(CATEGORIES).join(', ')}, found "${String(issue.input)}"`,
});
export const levelSchema = z.enum(LEVELS, {
  error: (issue) => `level must be one of ${LEVELS.join(', ')}, found "${String(issue.input)}"`,
});

/** The course file (`content/concepts/<course>/course.yaml`). Field descriptions: see `.describe()` (as in section.ts). */
export const courseSchema = z.object({
  title: requiredText('Title').describe('Course title.'),
  summary: requiredText('Summary').describe('One or two sentences for the catalog and the course page.'),
  category: categorySchema.describe('Where the course is listed.'),
  level: levelSchema.describe('Who the course is for.'),
  challenges: z.array(idSchema('challenge id')).default([])
    .describe('Ids (file names without `.md`) of linked system-design challenges in `content/challenges/`, in display order.'),
});

export type Course = z.infer<typeof courseSchema>;
