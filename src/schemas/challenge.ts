import { z } from 'zod';
import { requiredText } from './quick-check';
import { idSchema } from './section';
import { levelSchema } from './course';

/** A system-design challenge (`content/challenges/<id>.md`); the Markdown body is the scenario. */
export const challengeSchema = z.object({
  /** Challenge title. */
  title: requiredText('Title'),
  /** One line for lists. */
  summary: requiredText('Summary').max(160, { error: 'summary must fit on one line (at most 160 characters)' }),
  level: levelSchema,
  /** The course whose sections the challenge draws on. */
  course: idSchema('course'),
  /** Ids of the sections it builds on. */
  sections: z.array(idSchema('section id')).min(1, { error: 'name at least 1 related section' }),
  /** What the design must do. */
  requirements: z.array(requiredText('Requirement')).min(1, { error: 'list at least 1 requirement' }),
  /** Numbers and limits to design within. */
  constraints: z.array(requiredText('Constraint')).default([]),
  /** Revealed one at a time, from gentle to specific. */
  hints: z.array(requiredText('Hint')).default([]),
});

export type Challenge = z.infer<typeof challengeSchema>;
