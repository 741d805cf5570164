import { z } from 'zod';
import { questionShape, refineQuestion, withAnswerIndex } from './quick-check';
import { idSchema } from './section';

/** A practice-test question: a quick check with its own id and the section it draws on. */
export const practiceQuestionSchema = z
  .object({
    id: idSchema('question id').describe('Stable id in kebab-case, unique within the course (progress and review are stored under it).'),
    section: idSchema('section').describe('Id of the section the question draws on (used for the per-section breakdown).'),
    ...questionShape,
  })
  .superRefine(refineQuestion)
  .transform(withAnswerIndex);

/** The practice bank (`content/concepts/<course>/practice.yaml`). Field descriptions: see `.describe()`. */
export const practiceSchema = z.object({
  minutes: z.number().int().min(1).max(180).default(10).describe('Time limit of the practice test, in minutes.'),
  passPercent: z.number().int().min(1).max(100).default(70).describe('Pass mark, in percent.'),
  questions: z.array(practiceQuestionSchema).min(1, { error: 'the practice bank needs at least 1 question' })
    .describe('The question bank.'),
});

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeQuestion = z.infer<typeof practiceQuestionSchema>;
