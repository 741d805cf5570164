/** Average silent-reading speed for technical prose, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** The length of a section's reading that the content guide asks for: about two minutes. */
export const SECTION_WORDS = { min: 300, max: 500 } as const;

const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;
const HTML_BLOCK = /<(svg|figure|table|pre|script|style)\b[\s\S]*?<\/\1>/gi;
const TAG = /<[^>]+>/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MARKUP = /[#>*_`|~-]+/g;

/** The reading part of a section body: everything before the `## Code` heading. */
export function readingPart(markdown: string): string {
  const match = /^##[ \t]+Code[ \t]*$/m.exec(markdown);
  return match ? markdown.slice(0, match.index) : markdown;
}

/** Counts the words of prose in Markdown, leaving out code blocks, diagrams, HTML tags and link targets. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(FENCED_CODE, ' ')
    .replace(HTML_BLOCK, ' ')
    .replace(TAG, ' ')
    .replace(LINK, '$1')
    .replace(MARKUP, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a number of words: at least 1, rounded to the nearest minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
