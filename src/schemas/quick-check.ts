import { z } from 'zod';
import { letterOf, indexOfLetter } from '../lib/letters';
import { smartPunctuation } from '../lib/smart-punctuation';

/**
 * Text that must say something: trimmed and non-empty. Shown as written, with typographic quotes, dashes and
 * ellipses (as Markdown prose gets them), so a question reads like the section around it.
 */
export const requiredText = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is empty; write the ${field.toLowerCase()}` })
    .overwrite(smartPunctuation);

/**
 * One multiple-choice question, used for quick checks and the practice bank.
 * Authors write `answer` as a letter; it is normalised to `answerIndex`.
 */
export const questionShape = {
  question: requiredText('Question').describe('The question, in one or two sentences. Not repeated anywhere else in the course.'),
  options: z
    .array(requiredText('Option'), { error: 'options must be a list of answers' })
    .min(2, { error: (issue) => `needs at least 2 options, found ${(issue.input as unknown[]).length}` })
    .max(6, { error: (issue) => `allows at most 6 options, found ${(issue.input as unknown[]).length}` })
    .describe('The options in the order shown (A, B, C, ...), all different. The content guide asks for 4.'),
  answer: z
    .string({ error: 'answer must be a letter such as B' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]$/, { error: (issue) => `answer must be a single letter such as B, found "${issue.input}"` })
    .describe('The letter of the correct option: A is the first option. Must name one of the options.'),
  explanation: requiredText('Explanation').describe('Shown after answering: why the answer is right and why the most tempting wrong option is wrong.'),
};

type RawQuestion = { options: string[]; answer: string };

/** Checks that the answer names an option and that no two options read the same. */
export function refineQuestion(q: RawQuestion, ctx: z.RefinementCtx): void {
  const index = indexOfLetter(q.answer);
  if (index >= q.options.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['answer'],
      message: `answer "${q.answer}" is not among the ${q.options.length} options (expected a letter from A to ${letterOf(q.options.length - 1)})`,
    });
  }
  const seen = new Map<string, number>();
  q.options.forEach((option, i) => {
    const key = option.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', i],
        message: `option ${letterOf(i)} repeats option ${letterOf(first)} ("${option}"); every option must be different`,
      });
    } else seen.set(key, i);
  });
}

/** Adds the zero-based `answerIndex` so the rest of the code never parses letters. */
export function withAnswerIndex<T extends RawQuestion>(q: T): T & { answerIndex: number } {
  return { ...q, answerIndex: indexOfLetter(q.answer) };
}

/** A quick check shown in a section's Quiz part. */
export const quickCheckSchema = z
  .object(questionShape)
  .superRefine(refineQuestion)
  .transform(withAnswerIndex);

export type QuickCheck = z.infer<typeof quickCheckSchema>;
