import { z } from 'zod';
import { questionShape, refineQuestion, withAnswerIndex } from './quick-check';
import { idSchema } from './section';

/** A practice-test question: a quick check with its own id and the section it draws on. */
export const practiceQuestionSchema = z
  .object({
    /** Stable id, unique within the course. */
    id: idSchema('question id'),
    /** Id of the section the question draws on (used for the per-section breakdown). */
    section: idSchema('section'),
    ...questionShape,
  })
  .superRefine(refineQuestion)
  .transform(withAnswerIndex);

/** The practice bank (`content/concepts/<course>/practice.yaml`). */
export const practiceSchema = z.object({
  /** Time limit in minutes. */
  minutes: z.number().int().min(1).max(180).default(10),
  /** Pass mark in percent. */
  passPercent: z.number().int().min(1).max(100).default(70),
  questions: z.array(practiceQuestionSchema).min(1, { error: 'the practice bank needs at least 1 question' }),
});

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeQuestion = z.infer<typeof practiceQuestionSchema>;
