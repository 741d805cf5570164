/** The answer key and explanations, read from the page's static `<details>` answers (never sent as island props). */
export interface AnswerKey {
  answers: Record<string, number>;
  explanations: Record<string, string>;
}

export function readAnswerKey(root: ParentNode | null): AnswerKey {
  const key: AnswerKey = { answers: {}, explanations: {} };
  root?.querySelectorAll<HTMLElement>('[data-question]').forEach((el) => {
    const id = el.dataset.question!;
    key.answers[id] = Number(el.dataset.answer);
    key.explanations[id] = el.parentElement?.querySelector('[data-explanation]')?.textContent ?? '';
  });
  return key;
}
