import type { ContentProblem } from './content-error';
import { letterOf } from './letters';

/** One question of a course (a quick check or a practice question) with where it is written. */
export interface QuizItem {
  file: string;
  /** e.g. `quiz[1]` or `questions[4]`. */
  field: string;
  line?: number;
  column?: number;
  question: string;
  options: string[];
  answerIndex: number;
}

/** Fewer questions than this are too few to call a spread of answers uneven. */
export const MIN_QUESTIONS_FOR_BALANCE = 8;
/** Warn when one letter is right this many times more often than an even spread. */
export const LEAN_FACTOR = 1.5;
/** Warn when the correct option is the longest in more than this share of questions (chance is 1 in 4). */
export const LONGEST_SHARE = 1 / 3;

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const where = (item: QuizItem) => `${item.field} of ${item.file.split('/').pop()}`;

/** Reports every question that repeats an earlier one in the same course (ignoring case and punctuation). */
export function duplicateQuestions(items: QuizItem[]): ContentProblem[] {
  const seen = new Map<string, QuizItem>();
  return items.flatMap((item) => {
    const key = normalise(item.question);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, item);
      return [];
    }
    return [{
      file: item.file, line: item.line, column: item.column, field: `${item.field}.question`,
      message: `the question "${item.question}" is already asked in ${where(first)}`,
      hint: 'ask about something else here, or remove one of the two',
    }];
  });
}

/** Warns when the correct answers favour one letter, or when the correct option is usually the longest. */
export function answerBalance(items: QuizItem[], file: string, what: string): ContentProblem[] {
  if (items.length < MIN_QUESTIONS_FOR_BALANCE) return [];
  const letters = Math.min(...items.map((q) => q.options.length));
  const counts = Array.from({ length: letters }, (_, i) => items.filter((q) => q.answerIndex === i).length);
  const even = items.length / letters;
  const spread = counts.map((n, i) => `${letterOf(i)} ${n}`).join(' · ');
  const problems: ContentProblem[] = [];
  const top = counts.indexOf(Math.max(...counts));
  if (counts[top]! > even * LEAN_FACTOR || Math.min(...counts) < even / LEAN_FACTOR / 2) {
    problems.push({
      file, field: `${what} answers`, severity: 'warning',
      message: `the correct answers lean on ${letterOf(top)}: ${counts[top]} of ${items.length} ${what} questions (${spread})`,
      hint: `spread the correct answer evenly over ${letterOf(0)} to ${letterOf(letters - 1)} by reordering some questions' options`,
    });
  }
  const longest = items.filter((q) => q.options.every((o, i) => i === q.answerIndex || o.trim().length < q.options[q.answerIndex]!.trim().length));
  if (longest.length > items.length * LONGEST_SHARE) {
    problems.push({
      file, field: `${what} answers`, severity: 'warning',
      message: `the correct option is the longest one in ${longest.length} of ${items.length} ${what} questions, so length gives the answer away`,
      hint: `make the wrong options as long and specific as the right one, e.g. in ${longest.slice(0, 3).map(where).join('; ')}`,
    });
  }
  return problems;
}
