/** Languages a code block may declare, with the label shown on its tab. */
export const CODE_LANGUAGES: Record<string, string> = {
  python: 'Python',
  java: 'Java',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  bash: 'Shell',
  json: 'JSON',
  yaml: 'YAML',
  sql: 'SQL',
  text: 'Text',
};

/** Shorthands authors may use, mapped to the canonical language. */
export const LANGUAGE_ALIASES: Record<string, string> = { js: 'javascript', ts: 'typescript', sh: 'bash', py: 'python', yml: 'yaml' };

/** The canonical name of a declared language, or undefined when it is not allowed. */
export function canonicalLanguage(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  const name = LANGUAGE_ALIASES[lang.toLowerCase()] ?? lang.toLowerCase();
  return name in CODE_LANGUAGES ? name : undefined;
}
