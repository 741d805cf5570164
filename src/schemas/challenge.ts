import { z } from 'zod';
import { requiredText } from './quick-check';
import { idSchema } from './section';
import { levelSchema } from './course';

/** A system-design challenge (`content/challenges/<id>.md`); the Markdown body is the scenario. Field descriptions: see `.describe()`. */
export const challengeSchema = z.object({
  title: requiredText('Title').describe('Challenge title.'),
  summary: requiredText('Summary').max(160, { error: 'summary must fit on one line (at most 160 characters)' })
    .describe('One line for lists.'),
  level: levelSchema.describe('Who the challenge is for.'),
  course: idSchema('course').describe('Id (folder name) of the course whose sections the challenge draws on.'),
  sections: z.array(idSchema('section id')).min(1, { error: 'name at least 1 related section' })
    .describe('Ids of the sections of that course it builds on.'),
  requirements: z.array(requiredText('Requirement')).min(1, { error: 'list at least 1 requirement' })
    .describe('What the design must do.'),
  constraints: z.array(requiredText('Constraint')).default([]).describe('Numbers and limits to design within.'),
  hints: z.array(requiredText('Hint')).default([]).describe('Revealed one at a time, from gentle to specific.'),
});

export type Challenge = z.infer<typeof challengeSchema>;
