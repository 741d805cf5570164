/**
 * Typographic punctuation for prose, as SmartyPants does it: straight quotes become curly ones, `...` an
 * ellipsis, `---` an em dash and `--` an en dash.
 */

/** Characters after which a quote opens: spaces, opening brackets, dashes and other opening quotes. */
const OPENS_AFTER = /[\s([{\u2014\u2013\u2018\u201c-]/;
const isWordStart = (char: string) => char !== '' && !/\s/.test(char);

function quote(char: '"' | "'", before: string, after: string): string {
  const opening = before === '' || OPENS_AFTER.test(before);
  if (char === '"') return opening && isWordStart(after) ? '\u201c' : '\u201d';
  // An apostrophe in or after a word (it's, the servers'), a closing quote, or a leading one in '90s.
  if (!opening || /\d/.test(after)) return '\u2019';
  return isWordStart(after) ? '\u2018' : '\u2019';
}

/** Ellipses and dashes; changes the length of the text, so apply it to each piece before `curlQuotes`. */
export function educateDashes(text: string): string {
  return text.replace(/\.\.\./g, '\u2026').replace(/---/g, '\u2014').replace(/--/g, '\u2013');
}

/**
 * Curls straight quotes, each decided by the characters around it. The result has exactly the length of the
 * input, so a caller can join the pieces of a paragraph, curl them at once and cut the result at the same places.
 */
export function curlQuotes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    out += char === '"' || char === "'" ? quote(char, text[i - 1] ?? '', text[i + 1] ?? '') : char;
  }
  return out;
}

/** Both, for a standalone piece of prose. */
export const smartPunctuation = (text: string): string => curlQuotes(educateDashes(text));
